// case: a Cloudflare Worker renders an Open Graph card from a D1 row, a KV theme and an R2 cover image
// category: serverless
// why: the D1 `.first()`, the KV get and the R2 get are reads on three bindings that take only the slug or
//      a fixed key, and none uses another's result: one group; the cover's `arrayBuffer()` depends on the R2
//      result, and the hit counter update goes to `ctx.waitUntil` without an await
import { renderCardSvg } from './card';

export interface Env {
  DB: D1Database;
  FLAGS: KVNamespace;
  MEDIA: R2Bucket;
}

type PostRow = { title: string; author: string; published_at: string };
type CardTheme = { background: string; accent: string };

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url);
    const slug = decodeURIComponent(url.pathname.replace(/^\/og\//, ''));

    const post = /*@A*/ await env.DB.prepare('SELECT title, author, published_at FROM posts WHERE slug = ?1')
      .bind(slug)
      .first<PostRow>();
    const theme = /*@A*/ await env.FLAGS.get<CardTheme>('og:theme', { type: 'json', cacheTtl: 300 });
    const cover = /*@A*/ await env.MEDIA.get(`covers/${slug}.png`);

    if (!post) return new Response('not found', { status: 404 });
    const coverBytes = cover ? await cover.arrayBuffer() : null;
    const svg = renderCardSvg(post, theme ?? { background: '#0b1020', accent: '#f5a524' }, coverBytes);

    ctx.waitUntil(env.DB.prepare('UPDATE posts SET og_hits = og_hits + 1 WHERE slug = ?1').bind(slug).run());
    return new Response(svg, {
      headers: { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=3600' },
    });
  },
};
