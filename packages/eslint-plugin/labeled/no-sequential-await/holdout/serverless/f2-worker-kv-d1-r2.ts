// case: a Cloudflare Worker serves document metadata from a KV flag, a D1 row and an R2 object head
// category: serverless
// why: the KV get, the D1 query and the R2 head each take only the id parsed from the URL (or nothing)
//      and none uses another's result; the 404 check comes after all three
export interface Env {
  FLAGS: KVNamespace;
  DB: D1Database;
  FILES: R2Bucket;
}

type DocRow = { id: string; title: string; owner_id: string; updated_at: string };

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    const id = url.pathname.split('/').pop() ?? '';
    if (!id) return new Response('missing id', { status: 400 });

    const flags = /*@A*/ await env.FLAGS.get<{ previews: boolean }>('flags', 'json');
    const doc = /*@A*/ await env.DB.prepare(
      'SELECT id, title, owner_id, updated_at FROM documents WHERE id = ?',
    )
      .bind(id)
      .first<DocRow>();
    const head = /*@A*/ await env.FILES.head(`docs/${id}.pdf`);

    if (!doc || !head) return new Response('not found', { status: 404 });
    return Response.json({
      ...doc,
      size: head.size,
      etag: head.httpEtag,
      previews: flags?.previews ?? false,
    });
  },
} satisfies ExportedHandler<Env>;
