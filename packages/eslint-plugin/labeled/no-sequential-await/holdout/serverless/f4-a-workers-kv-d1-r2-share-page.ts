// case: a Worker renders a share page: the link from KV, the owner from D1 and the preview image's metadata from R2, then records the view and shows the view count
// category: serverless
// why: the KV get, the D1 select on users and the R2 head only use the path params and read three
//      different bindings, so they form one group; the INSERT into views is a write (its result is
//      used for a header) that only runs after the not-found check on the group's results, and the
//      COUNT on views reads the table the insert just wrote, so both stay in order
export interface Env {
  LINKS: KVNamespace;
  DB: D1Database;
  PREVIEWS: R2Bucket;
}

type Link = { target: string; title: string; description?: string };
type Owner = { id: string; display_name: string; avatar_url: string | null };

const escape = (s: string) => s.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url);
    const [, prefix, handle, slug] = url.pathname.split('/');
    if (prefix !== 's' || !handle || !slug) {
      return new Response('Not found', { status: 404 });
    }

    const link = /*@A*/ await env.LINKS.get<Link>(`link:${handle}:${slug}`, 'json');
    const owner = /*@A*/ await env.DB.prepare('SELECT id, display_name, avatar_url FROM users WHERE handle = ?1')
      .bind(handle)
      .first<Owner>();
    const preview = /*@A*/ await env.PREVIEWS.head(`${handle}/${slug}.png`);

    if (!link || !owner) {
      return new Response('Not found', { status: 404 });
    }

    const inserted = await env.DB.prepare('INSERT INTO views (link_slug, owner_id, country, ts) VALUES (?1, ?2, ?3, ?4)')
      .bind(slug, owner.id, (request.cf?.country as string | undefined) ?? 'XX', Date.now())
      .run();
    const views = await env.DB.prepare('SELECT COUNT(*) AS n FROM views WHERE link_slug = ?1').bind(slug).first<number>('n');

    ctx.waitUntil(env.LINKS.put(`last-view:${handle}:${slug}`, String(Date.now())));

    const image = preview ? `https://previews.example.dev/${handle}/${slug}.png?v=${preview.etag}` : '';
    const html = `<!doctype html>
<html><head>
<meta property="og:title" content="${escape(link.title)}">
<meta property="og:description" content="${escape(link.description ?? '')}">
${image ? `<meta property="og:image" content="${image}">` : ''}
<meta http-equiv="refresh" content="0; url=${escape(link.target)}">
</head><body>Shared by ${escape(owner.display_name)} · ${views ?? 0} views</body></html>`;

    return new Response(html, {
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'x-view-id': String(inserted.meta.last_row_id),
      },
    });
  },
} satisfies ExportedHandler<Env>;
