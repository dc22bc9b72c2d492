// public/sw.js run in a bare context with a Cache Storage and a network the test controls: the worker's timing
// and what it stores, without a browser (the e2e offline test covers it in Chromium). Each `startWorker` is a
// fresh evaluation of the file, as when the browser stops an idle worker and starts it again.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';

const source = readFileSync(path.join(import.meta.dirname, '..', '..', 'public', 'sw.js'), 'utf8');
const ORIGIN = 'https://backwise.test';
const PAGES = 'backwise-pages-v1';
const ASSETS = 'backwise-assets-v1';

/** The parts of a same-origin 200 response the worker reads. */
class FakeResponse {
  readonly status = 200;
  readonly type = 'basic';
  readonly redirected = false;
  readonly headers = new Headers({ 'Content-Type': 'text/html' });
  constructor(readonly body: string) {}
  clone() {
    return new FakeResponse(this.body);
  }
  text() {
    return Promise.resolve(this.body);
  }
}

class FakeCaches {
  readonly stores = new Map<string, Map<string, FakeResponse>>();
  has(name: string) {
    return Promise.resolve(this.stores.has(name));
  }
  open(name: string) {
    const entries = this.stores.get(name) ?? new Map<string, FakeResponse>();
    this.stores.set(name, entries);
    return Promise.resolve({
      match: (key: string) => Promise.resolve(entries.get(key)),
      put: (key: string, response: FakeResponse) => {
        entries.set(key, response);
        return Promise.resolve();
      },
      keys: () => Promise.resolve([...entries.keys()]),
      delete: (key: string) => Promise.resolve(entries.delete(key)),
    });
  }
  match(key: string, options: { cacheName: string }) {
    return Promise.resolve(this.stores.get(options.cacheName)?.get(key));
  }
  keys() {
    return Promise.resolve([...this.stores.keys()]);
  }
  delete(name: string) {
    return Promise.resolve(this.stores.delete(name));
  }
}

/** A network where every URL answers at once, except those the test holds until it calls `release`. */
function network(pages: Record<string, string>, held: string[] = []) {
  const requested: string[] = [];
  const waiting: (() => void)[] = [];
  let released = false;
  const fetch = (input: string | { url: string }) => {
    const url = new URL(typeof input === 'string' ? input : input.url, ORIGIN).pathname;
    requested.push(url);
    const response = new FakeResponse(pages[url] ?? '');
    if (released || !held.includes(url)) return Promise.resolve(response);
    return new Promise<FakeResponse>((resolve) => waiting.push(() => resolve(response)));
  };
  const release = () => {
    released = true;
    waiting.forEach((go) => go());
  };
  return { fetch, requested, release };
}

type Listener = (event: unknown) => void;

function startWorker(caches: FakeCaches, fetch: ReturnType<typeof network>['fetch']) {
  const listeners = new Map<string, Listener>();
  const self = {
    location: { origin: ORIGIN },
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
    skipWaiting: () => Promise.resolve(),
    clients: { claim: () => Promise.resolve() },
  };
  vm.runInNewContext(source, { self, caches, fetch, Response, URL, setTimeout });
  const dispatch = (type: string, event: object) => {
    const background: Promise<unknown>[] = [];
    let answer: Promise<unknown> | undefined;
    listeners.get(type)?.({
      ...event,
      waitUntil: (p: Promise<unknown>) => background.push(p),
      respondWith: (p: Promise<unknown>) => (answer = p),
    });
    return { answer, settled: async () => void (await Promise.all(background)) };
  };
  const get = (pathname: string, mode = 'navigate') =>
    dispatch('fetch', {
      request: { method: 'GET', url: `${ORIGIN}${pathname}`, mode, headers: new Headers() },
    });
  return { dispatch, get };
}

/** Caches as install leaves them (it is the only step that creates one). */
function installed(): FakeCaches {
  const caches = new FakeCaches();
  void caches.open(PAGES);
  void caches.open(ASSETS);
  return caches;
}

const article = '<img src="/exercises/slow-figure.svg"><script src="/_next/static/chunks/a.js"></script>';

/** Resolves to what `promise` gives within `ms`, or to 'still waiting'. */
function within(promise: Promise<unknown> | undefined, ms: number) {
  return Promise.race([promise, new Promise((resolve) => setTimeout(resolve, ms, 'still waiting'))]);
}

describe('the service worker', () => {
  it('answers a network-first page as soon as it arrives, and stores a slow asset after', async () => {
    const caches = installed();
    const net = network({ '/articles/a': article }, ['/exercises/slow-figure.svg']);
    const { answer, settled } = startWorker(caches, net.fetch).get('/articles/a');

    const page = await within(answer, 500);
    expect(page).toBeInstanceOf(FakeResponse);
    expect((page as FakeResponse).body).toBe(article);

    net.release();
    await settled();
    expect([...(caches.stores.get(PAGES)?.keys() ?? [])]).toEqual(['/articles/a']);
    expect([...(caches.stores.get(ASSETS)?.keys() ?? [])].sort()).toEqual([
      '/_next/static/chunks/a.js',
      '/exercises/slow-figure.svg',
    ]);
  });

  it('serves a cached hashed asset without asking the network', async () => {
    const caches = installed();
    caches.stores.get(ASSETS)?.set('/_next/static/chunks/a.js', new FakeResponse('cached'));
    const net = network({ '/_next/static/chunks/a.js': 'fresh' });
    const { answer, settled } = startWorker(caches, net.fetch).get('/_next/static/chunks/a.js', 'no-cors');
    expect(((await answer) as FakeResponse).body).toBe('cached');
    await settled();
    expect(net.requested).toEqual([]);
  });

  it('fetches and stores a hashed asset that is not cached yet', async () => {
    const caches = installed();
    const net = network({ '/_next/static/chunks/b.js': 'fresh' });
    const { answer, settled } = startWorker(caches, net.fetch).get('/_next/static/chunks/b.js', 'no-cors');
    expect(((await answer) as FakeResponse).body).toBe('fresh');
    await settled();
    expect(caches.stores.get(ASSETS)?.get('/_next/static/chunks/b.js')?.body).toBe('fresh');
  });

  it('keeps forgetting after the browser restarts it: a page it serves re-creates no cache', async () => {
    const caches = installed();
    const net = network({ '/articles/a': article });
    await startWorker(caches, net.fetch).dispatch('message', { data: 'forget' }).settled();
    // What "Delete my data" does next in the page (lib/progress/store.ts).
    for (const name of await caches.keys()) await caches.delete(name);

    const restarted = startWorker(caches, net.fetch);
    const { answer, settled } = restarted.get('/articles/a');
    expect(((await answer) as FakeResponse).body).toBe(article);
    await settled();
    await restarted.get('/_next/static/chunks/a.js', 'no-cors').settled();
    expect(await caches.keys()).toEqual([]);
  });

  it('install keeps the tracker, its paper version, the exercise library and every exercise it links', async () => {
    const caches = new FakeCaches();
    const library = '<a href="/exercises/glute-bridge">Glute bridge</a>';
    const net = network({ '/progress': article, '/progress/paper': '', '/exercises': library });
    await startWorker(caches, net.fetch).dispatch('install', {}).settled();
    expect([...(caches.stores.get(PAGES)?.keys() ?? [])]).toEqual([
      '/progress',
      '/progress/paper',
      '/exercises',
      '/exercises/glute-bridge',
    ]);
    expect(caches.stores.get(ASSETS)?.size).toBe(2);
  });

  it('activates without waiting on the network (the browser holds fetch events until it is done)', async () => {
    const caches = installed();
    caches.stores.get(PAGES)?.set('/exercises', new FakeResponse('<a href="/exercises/glute-bridge">'));
    const net = network({}, ['/exercises/glute-bridge']);
    const activated = startWorker(caches, net.fetch).dispatch('activate', {}).settled();
    expect(await within(activated, 500)).not.toBe('still waiting');
  });
});
