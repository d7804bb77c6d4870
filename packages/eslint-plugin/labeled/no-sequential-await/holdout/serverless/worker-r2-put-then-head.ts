// case: a Worker streams an upload into R2, heads the same key for its size and enqueues a thumbnail job
// category: serverless
// why: put is a write and head reads the very key it wrote; the queue send is awaited for its effect,
//      so the three awaits stay in order
interface Env {
  UPLOADS: R2Bucket;
  THUMBNAILS: Queue<{ key: string; size: number }>;
}

export default {
  async fetch(request, env): Promise<Response> {
    if (request.method !== 'PUT') return new Response('method not allowed', { status: 405 });

    const url = new URL(request.url);
    const name = url.searchParams.get('name') ?? 'file.bin';
    const key = `uploads/${crypto.randomUUID()}/${name}`;

    const written = await env.UPLOADS.put(key, request.body, {
      httpMetadata: { contentType: request.headers.get('content-type') ?? 'application/octet-stream' },
    });
    const head = await env.UPLOADS.head(key);

    await env.THUMBNAILS.send({ key, size: head?.size ?? 0 });

    return Response.json({ key, etag: written?.etag, size: head?.size }, { status: 201 });
  },
} satisfies ExportedHandler<Env>;
