// case: a Cloudflare Worker answers from the edge cache and only fetches the origin on a miss
// category: serverless
// why: the origin fetch runs only when the cache match came back empty, so it depends on the first
//      await's result; cache.put is handed to waitUntil and not awaited
export default {
  async fetch(request: Request, _env: unknown, ctx: ExecutionContext): Promise<Response> {
    const cache = caches.default;
    const cached = await cache.match(request);
    if (cached) {
      return cached;
    }

    const originUrl = new URL(request.url);
    originUrl.hostname = 'origin.example.com';
    const fresh = await fetch(originUrl.toString(), { cf: { cacheTtl: 0 } });

    const response = new Response(fresh.body, fresh);
    response.headers.set('cache-control', 'public, max-age=300');
    ctx.waitUntil(cache.put(request, response.clone()));
    return response;
  },
} satisfies ExportedHandler;
