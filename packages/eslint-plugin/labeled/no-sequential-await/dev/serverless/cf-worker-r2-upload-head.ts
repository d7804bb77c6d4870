// case: a Cloudflare Worker stores an upload in R2, reads its metadata back and records it in D1
// category: serverless
// why: the head reads the same R2 key the put just wrote, and the D1 insert is a write awaited for
//      its effect after both; no two awaits may overlap
export interface Env {
  UPLOADS: R2Bucket;
  DB: D1Database;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (request.method !== 'PUT') return new Response('method not allowed', { status: 405 });

    const key = `incoming/${crypto.randomUUID()}`;
    const written = await env.UPLOADS.put(key, request.body, {
      httpMetadata: { contentType: request.headers.get('content-type') ?? 'application/octet-stream' },
    });
    const stored = await env.UPLOADS.head(key);

    await env.DB.prepare('INSERT INTO uploads (key, size, etag) VALUES (?, ?, ?)')
      .bind(key, stored?.size ?? 0, written?.etag ?? null)
      .run();

    return Response.json({ key, size: stored?.size }, { status: 201 });
  },
} satisfies ExportedHandler<Env>;
