// case: a service worker checks which shell assets are missing from its cache, and refreshes others
// category: cache-queue
// why: findMissing loops over a URL array and each iteration only matches its URL in the cache,
//      pushing misses (a report); refresh fetches and then puts each URL into the cache, a write per
//      iteration, so it stays as it is
const SHELL_CACHE = 'shell-v12';
const SHELL_URLS = ['/', '/index.html', '/styles/main.css', '/scripts/app.js', '/manifest.webmanifest'];

async function findMissing(cache, urls) {
  const missing = [];
  /*@A*/ for (const url of urls) {
    const hit = await cache.match(url, { ignoreSearch: true });
    if (!hit) missing.push(url);
  }
  return missing;
}

async function refresh(cache, urls) {
  for (const url of urls) {
    const res = await fetch(url, { cache: 'no-store' });
    if (res.ok) await cache.put(url, res);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(SHELL_CACHE);
    const missing = await findMissing(cache, SHELL_URLS);
    if (missing.length > 0) await cache.addAll(missing);
  })());
});

self.addEventListener('message', (event) => {
  if (event.data?.type !== 'REFRESH_SHELL') return;
  event.waitUntil(caches.open(SHELL_CACHE).then((cache) => refresh(cache, SHELL_URLS)));
});
