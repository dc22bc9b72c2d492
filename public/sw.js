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

// Set when the tracker's "Delete my data" asks this worker to forget: from then on it stores nothing, so a
// background fetch cannot re-create a cache the page has just deleted.
let forgetting = false;

self.addEventListener('message', (event) => {
  if (event.data === 'forget') forgetting = true;
});

function storable(response) {
  if (forgetting || !response || response.status !== 200 || response.type !== 'basic' || response.redirected) return false;
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
  const cache = await caches.open(ASSETS);
  const urls = [...new Set([...html.matchAll(assetRef)].map((m) => m[1]))];
  await Promise.all(
    urls.map(async (url) => {
      if (await cache.match(url)) return;
      const response = await fetch(url).catch(() => null);
      if (storable(response)) await cache.put(url, response);
    }),
  );
  await trim(cache);
}

/** Fetches a whitelisted page, stores it and its assets, and returns its HTML (null when not stored). */
async function storePage(path, response) {
  if (!storable(response)) return null;
  const html = await response.clone().text();
  await (await caches.open(PAGES)).put(path, response);
  await cacheAssetsOf(html);
  return html;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      for (const path of CORE) await storePage(path, await fetch(path, { cache: 'no-cache' }));
      await self.skipWaiting();
    })(),
  );
});

// The exercise pages are what a reader needs at the gym, so they are fetched once the worker is active.
async function warmExercises() {
  const library = await (await caches.open(PAGES)).match('/exercises');
  if (!library) return;
  const paths = [...new Set([...(await library.text()).matchAll(exerciseLink)].map((m) => m[1]))];
  const pages = await caches.open(PAGES);
  for (const path of paths) {
    if (await pages.match(path)) continue;
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
      await warmExercises().catch(() => undefined);
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

async function networkFirst(event, path) {
  const network = fetch(event.request).then(async (response) => {
    await storePage(path, response.clone()).catch(() => null);
    return response;
  });
  event.waitUntil(network.catch(() => undefined));
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS, null));
  const first = await Promise.race([network, timeout]).catch(() => null);
  if (first) return first;
  const cached = await (await caches.open(PAGES)).match(path, { ignoreVary: true });
  if (cached) return cached;
  return network.catch(() => offlinePage());
}

async function cacheFirst(request, path, refresh) {
  const cache = await caches.open(ASSETS);
  const cached = await cache.match(path, { ignoreVary: true });
  const network = fetch(request).then(async (response) => {
    if (storable(response)) await cache.put(path, response.clone());
    return response;
  });
  if (!cached) return network;
  if (refresh) network.catch(() => undefined);
  return cached;
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
    event.respondWith(cacheFirst(request, url.pathname, false));
  } else if (otherAsset.test(url.pathname)) {
    event.respondWith(cacheFirst(request, url.pathname, true));
  }
});
