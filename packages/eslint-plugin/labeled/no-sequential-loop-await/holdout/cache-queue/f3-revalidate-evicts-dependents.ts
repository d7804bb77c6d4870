// case: an in-memory HTTP cache revalidates every key with If-None-Match and evicts the dependents of changed entries
// category: cache-queue
// why: the loop walks Object.keys(cache) while the body deletes from `cache`; an iteration skips keys an
//      earlier one evicted, so run together the evicted keys would be revalidated and written back
type Entry = { etag: string; body: unknown; dependents: string[] };

export const cache: Record<string, Entry> = {};

export async function revalidateAll(origin: string) {
  let refreshed = 0;
  for (const key of Object.keys(cache)) {
    const entry = cache[key];
    if (!entry) continue;
    const res = await fetch(`${origin}${key}`, { headers: { 'if-none-match': entry.etag } });
    if (res.status === 304) continue;
    for (const dep of entry.dependents) delete cache[dep];
    if (!res.ok) {
      delete cache[key];
      continue;
    }
    cache[key] = {
      etag: res.headers.get('etag') ?? '',
      body: await res.json(),
      dependents: entry.dependents,
    };
    refreshed++;
  }
  return refreshed;
}
