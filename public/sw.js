// Backwise service worker: keeps the tracker, the exercise library and the articles a reader opened
// available offline (at the gym without signal), and fetches fresh pages whenever the network answers.
//
// Written by hand rather than with Workbox: Workbox's build plugins target webpack, not Turbopack, and its
// runtime would add a library and a build step for what fits in this one file. The rules are few:
// - Only GET requests to this site, for a whitelist of public pages and static assets, are ever cached.
//   Staff, booking and manage pages, the self-check, the API and anything with a query string are not in it.
// - A response marked Cache-Control no-store or private, redirected, or not a plain 200 is never stored.
// - Pages: network first (fresh when online), the cached copy when offline or after NETWORK_TIMEOUT_MS.
//   Hashed assets under /_next/static: cache first (their content never changes). Illustrations: cached
//   copy at once, refreshed in the background.
// Nothing the tracker stores (IndexedDB) passes through here: it never leaves the browser.
const VERSION = '1';
const PREFIX = 'backwise-';
const PAGES = `${PREFIX}pages-v${VERSION}`;
const ASSETS = `${PREFIX}assets-v${VERSION}`;
const CORE = ['/progress', '/progress/paper', '/exercises'];
const NETWORK_TIMEOUT_MS = 4000;
const MAX_ASSETS = 300;

const pagePath =
  /^\/(?:|progress|progress\/paper|articles|articles\/[a-z0-9-]+|exercises|exercises\/[a-z0-9-]+|topics\/[a-z0-9-]+|about|accessibility|medical-disclaimer|privacy)$/;
const hashedAsset = /^\/_next\/static\//;
const otherAsset = /^\/(?:exercises\/[a-z0-9-]+\.svg|icon\.svg|manifest\.webmanifest)$/;
const assetRef = /(?:src|href)="(\/(?:_next\/static\/[^"?#]+|exercises\/[a-z0-9-]+\.svg|icon\.svg))/g;
const exerciseLink = /href="(\/exercises\/[a-z0-9-]+)"/g;

// "Delete my data" asks this worker to forget; from then on it stores nothing, so a background fetch cannot
// re-create a cache the page has just deleted. The browser stops and restarts an idle worker at will, and a
// variable does not survive that, so the flag that lasts is in Cache Storage itself: only install creates a
// cache, every later write goes to a cache that still exists (`existing`), and forgetting deletes them all.
// The variable only closes the moment between the message and the page deleting the caches.
let forgetting = false;

async function deleteCaches() {
  const names = await caches.keys();
  await Promise.all(names.filter((n) => n.startsWith(PREFIX)).map((n) => caches.delete(n)));
}

self.addEventListener('message', (event) => {
  if (event.data !== 'forget') return;
  forgetting = true;
  event.waitUntil(deleteCaches());
});

/** The cache `name` when it still exists and the worker has not been told to forget; null otherwise. */
async function existing(name) {
  if (forgetting || !(await caches.has(name))) return null;
  return forgetting ? null : caches.open(name);
}

function storable(response) {
  if (!response || response.status !== 200 || response.type !== 'basic' || response.redirected) return false;
  const cacheControl = (response.headers.get('Cache-Control') || '').toLowerCase();
  if (/\b(no-store|private)\b/.test(cacheControl)) return false;
  return !(response.headers.get('Vary') || '').includes('*');
}

async function trim(cache) {
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - MAX_ASSETS)).map((key) => cache.delete(key)));
}

/** Caches the assets a page refers to (scripts, styles, illustrations) that are not cached yet. */
async function cacheAssetsOf(html) {
  const urls = [...new Set([...html.matchAll(assetRef)].map((m) => m[1]))];
  await Promise.all(
    urls.map(async (url) => {
      if (await caches.match(url, { cacheName: ASSETS })) return;
      const response = await fetch(url).catch(() => null);
      if (!storable(response)) return;
      const cache = await existing(ASSETS);
      if (cache) await cache.put(url, response);
    }),
  );
  const cache = await existing(ASSETS);
  if (cache) await trim(cache);
}

/** Stores a whitelisted page, then the assets it refers to. Pass a copy the reader's response does not need. */
async function storePage(path, response) {
  if (!storable(response)) return;
  const html = await response.clone().text();
  const pages = await existing(PAGES);
  if (!pages) return;
  await pages.put(path, response);
  await cacheAssetsOf(html);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      await Promise.all([caches.open(PAGES), caches.open(ASSETS)]);
      for (const path of CORE) await storePage(path, await fetch(path, { cache: 'no-cache' }));
      await warmExercises().catch(() => undefined);
      await self.skipWaiting();
    })(),
  );
});

// The exercise pages are what a reader needs at the gym, so install fetches every one the library links to.
// Install, not activate: until activate's work is done the browser holds back every fetch event of the pages
// the worker controls, so a warm-up there stalled the reader's next page behind 13 pages and their figures.
async function warmExercises() {
  const library = await caches.match('/exercises', { cacheName: PAGES });
  if (!library) return;
  const paths = [...new Set([...(await library.text()).matchAll(exerciseLink)].map((m) => m[1]))];
  for (const path of paths) {
    if (await caches.match(path, { cacheName: PAGES })) continue;
    const response = await fetch(path).catch(() => null);
    await storePage(path, response);
  }
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((n) => n.startsWith(PREFIX) && n !== PAGES && n !== ASSETS).map((n) => caches.delete(n)),
      );
      await self.clients.claim();
    })(),
  );
});

function offlinePage() {
  const body =
    '<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">' +
    '<title>You are offline</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem">' +
    '<main><h1>You are offline</h1><p>This page was not saved on this device. These work without a connection:</p>' +
    '<ul><li><a href="/progress">My recovery</a></li><li><a href="/exercises">The exercise library</a></li></ul></main></body></html>';
  return new Response(body, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

/**
 * The page from the network as soon as it arrives; storing it and fetching the assets it names happen after,
 * in the background (a slow illustration never holds the page back). The cached copy when the network fails
 * or takes longer than NETWORK_TIMEOUT_MS.
 */
function networkFirst(event, path) {
  const network = fetch(event.request);
  // Registered before anything reads the response, so the copy is taken while its body is still unread.
  event.waitUntil(network.then((response) => storePage(path, response.clone())).catch(() => undefined));
  return networkOrCached(network, path);
}

async function networkOrCached(network, path) {
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS, null));
  const first = await Promise.race([network, timeout]).catch(() => null);
  if (first) return first;
  const cached = await caches.match(path, { cacheName: PAGES, ignoreVary: true });
  if (cached) return cached;
  return network.catch(() => offlinePage());
}

/** An asset from the cache without touching the network; fetched (and stored) only when missing or `refresh`. */
async function cacheFirst(event, path, refresh) {
  const cached = await caches.match(path, { cacheName: ASSETS, ignoreVary: true });
  if (cached && !refresh) return cached;
  const network = fetch(event.request);
  event.waitUntil(
    network
      .then(async (response) => {
        if (!storable(response)) return;
        const copy = response.clone();
        const cache = await existing(ASSETS);
        if (cache) await cache.put(path, copy);
      })
      .catch(() => undefined),
  );
  return cached ?? network;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.search !== '') return;
  // Client-side navigations and prefetches ask for React Server Component payloads: never cached.
  if (request.headers.has('RSC') || request.headers.has('Next-Router-Prefetch') || request.headers.has('Range'))
    return;
  if (request.mode === 'navigate' && pagePath.test(url.pathname)) {
    event.respondWith(networkFirst(event, url.pathname));
  } else if (hashedAsset.test(url.pathname)) {
    event.respondWith(cacheFirst(event, url.pathname, false));
  } else if (otherAsset.test(url.pathname)) {
    event.respondWith(cacheFirst(event, url.pathname, true));
  }
});
