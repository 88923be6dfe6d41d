// The site's service worker: after one visit every page works offline. tools/pages.mjs writes
// the build's id and file list into the first line (`self.BUILD`, `self.FILES`), so a new build
// is a new worker with a new cache, and the old caches are deleted once it takes over.
// - install: caches what every page needs (the shared module, loader, style sheet, icon);
// - when a page asks ('fill'): caches the rest of the site, one file at a time, and tells the
//   pages how far it got ({ type: 'offline', cached, total });
// - fetch: same-origin GETs only. Pages (HTML) from the network first, so a new build shows at
//   once, falling back to the cache offline; every other file is named by its content's hash
//   (or is small and stable), so the cache answers first and the network fills what it lacks.
// Nothing from another origin is ever cached.
/* global BUILD, FILES, CORE */
const CACHE = `dsim-${self.BUILD}`;
const url = (path) => new URL(path, self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(self.CORE.map(url))).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith('dsim-') && key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

/** Caches every file of the build not cached yet, one at a time (it never crowds the page). */
async function fill() {
  const cache = await caches.open(CACHE);
  let cached = 0;
  for (const path of self.FILES) {
    const req = url(path);
    if (!(await cache.match(req))) {
      try {
        const res = await fetch(req, { cache: 'no-cache' });
        if (res.ok) await cache.put(req, res);
      } catch (e) {
        break; // offline or gone: the next visit goes on
      }
    }
    if (await cache.match(req)) cached += 1;
  }
  return cached;
}

let filling = null;
self.addEventListener('message', (event) => {
  if (!event.data || event.data.type !== 'fill') return;
  filling = filling || fill().finally(() => { filling = null; });
  event.waitUntil(filling.then(async (cached) => {
    const status = { type: 'offline', build: self.BUILD, cached, total: self.FILES.length };
    for (const client of await self.clients.matchAll({ includeUncontrolled: true })) client.postMessage(status);
  }));
});

async function respond(request) {
  const cache = await caches.open(CACHE);
  const page = request.mode === 'navigate' || request.destination === 'document';
  if (page) {
    try {
      const res = await fetch(request);
      if (res.ok) await cache.put(request, res.clone());
      return res;
    } catch (e) {
      const hit = await cache.match(request, { ignoreSearch: true });
      if (hit) return hit;
      throw e;
    }
  }
  const hit = await cache.match(request);
  if (hit) return hit;
  const res = await fetch(request);
  if (res.ok && self.FILES.some((p) => url(p) === request.url)) await cache.put(request, res.clone());
  return res;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(respond(request));
});
