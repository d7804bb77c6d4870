// case: a status page fetches two health endpoints and then reads both response bodies
// category: http-clients
// why: the two fetches are independent GETs (group A); each .json() needs its own response, but the
//      two body reads are on different responses and do not use each other (group B)
const SERVICES = {
  api: 'https://api.internal.example/healthz',
  search: 'https://search.internal.example/healthz',
} as const;

type Health = { status: 'ok' | 'degraded' | 'down'; version: string };

export async function collectHealth(): Promise<Record<keyof typeof SERVICES, Health>> {
  const apiRes = /*@A*/ await fetch(SERVICES.api, { headers: { accept: 'application/json' } });
  const searchRes = /*@A*/ await fetch(SERVICES.search, { headers: { accept: 'application/json' } });

  const api = (/*@B*/ await apiRes.json()) as Health;
  const search = (/*@B*/ await searchRes.json()) as Health;

  return { api, search };
}
