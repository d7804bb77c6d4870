// case: a hand-written service worker: precache on install, prune old caches, cache-first fetch
// category: cache-queue
// why: each cache handle is used by the next call (open then addAll / match); skipWaiting and
//      clients.claim are discarded effects; keys() feeds the deletes already batched; in fetch the
//      cache hit returns early, the network fetch runs only on a miss and put writes what it got
const STATIC_CACHE = 'static-v7';
const ASSETS = ['/', '/offline.html', '/app.css', '/app.js', '/icons/192.png'];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(STATIC_CACHE);
    await cache.addAll(ASSETS);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const keys = await caches.keys();
    await Promise.all(keys.filter((key) => key !== STATIC_CACHE).map((key) => caches.delete(key)));
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(STATIC_CACHE);
    const hit = await cache.match(request);
    if (hit) return hit;
    try {
      const response = await fetch(request);
      if (response.ok) await cache.put(request, response.clone());
      return response;
    } catch {
      return (await cache.match('/offline.html')) ?? Response.error();
    }
  })());
});
