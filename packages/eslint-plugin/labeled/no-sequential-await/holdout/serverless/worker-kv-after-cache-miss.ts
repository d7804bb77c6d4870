// case: a Worker checks the edge cache, and on a miss reads feature flags and the tenant from two KV namespaces
// category: serverless
// why: the cache lookup ends in an early return, so the KV reads only run on a miss and cannot join it;
//      the two KV gets read different namespaces by keys known up front, so they form a group
interface Env {
  FLAGS: KVNamespace;
  TENANTS: KVNamespace;
}
type Flags = Record<string, boolean>;
type Tenant = { id: string; name: string; theme: string };

export default {
  async fetch(request, env, ctx): Promise<Response> {
    const url = new URL(request.url);
    const cache = caches.default;

    const cached = await cache.match(request);
    if (cached) return cached;

    const flags = /*@A*/ await env.FLAGS.get<Flags>('flags:v2', 'json');
    const tenant = /*@A*/ await env.TENANTS.get<Tenant>(`host:${url.hostname}`, {
      type: 'json',
      cacheTtl: 300,
    });

    if (!tenant) return new Response('unknown tenant', { status: 404 });

    const response = Response.json({ tenant, flags: flags ?? {} }, {
      headers: { 'cache-control': 'public, max-age=60' },
    });
    ctx.waitUntil(cache.put(request, response.clone()));
    return response;
  },
} satisfies ExportedHandler<Env>;
