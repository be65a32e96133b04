/**
 * The built site's service worker (`sw.js`): after one visit the talk reads offline, both languages,
 * both pages (talk and speaker view), charts and font included.
 *
 * - Install: every file of the build is cached (the list is written in at build time by
 *   `src/build/vite-plugin-offline.ts`), under a name that changes with the build.
 * - Pages: the network first, so a new build shows as soon as it is online; the cached copy when
 *   the network fails (any query, `?lang=en&view=scroll`, maps to the cached page).
 * - Other files are content-hashed, so the cache answers first.
 * - A new build's worker waits until the old build's tabs are closed (no `skipWaiting`): an open
 *   talk never mixes files of two builds. Then the old cache is deleted.
 * Only same-origin GET requests are touched; there are no others.
 */
export {};
declare const self: ServiceWorkerGlobalScope;

/** Written in by the build: the files to keep, relative to this worker, and the build's id. */
const FILES = JSON.parse('__DECK_OFFLINE_FILES__') as string[];
const CACHE = `deck-${'__DECK_OFFLINE_VERSION__'}`;
const PAGE = 'index.html';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('deck-') && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

/** A page from the cache: the same file whatever its query, and a folder's address as its index.html. */
async function cachedPage(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const url = new URL(request.url);
  if (url.pathname.endsWith('/')) url.pathname += PAGE;
  return (await cache.match(url, { ignoreSearch: true })) ?? Response.error();
}

async function cachedFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  return (await cache.match(request)) ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => cachedPage(request)));
  } else {
    event.respondWith(cachedFirst(request));
  }
});
