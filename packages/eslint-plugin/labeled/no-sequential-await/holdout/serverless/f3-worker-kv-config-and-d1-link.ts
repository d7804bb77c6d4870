// case: a Cloudflare Worker link shortener reads its config from KV and the link from D1
// category: serverless
// why: the KV get and the D1 select read different stores; the slug comes from the URL, not from the
//      config, and the hit counter update is handed to waitUntil after both
interface Env {
  SETTINGS: KVNamespace;
  DB: D1Database;
}

interface SiteConfig {
  redirectStatus?: 301 | 302;
  fallbackUrl: string;
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const slug = new URL(request.url).pathname.slice(1);

    const config = /*@A*/ await env.SETTINGS.get<SiteConfig>('site-config', 'json');
    const link = /*@A*/ await env.DB.prepare('SELECT target FROM links WHERE slug = ?')
      .bind(slug)
      .first<{ target: string }>();

    if (!link) {
      return Response.redirect(config?.fallbackUrl ?? 'https://example.com', 302);
    }
    ctx.waitUntil(env.DB.prepare('UPDATE links SET hits = hits + 1 WHERE slug = ?').bind(slug).run());
    return Response.redirect(link.target, config?.redirectStatus ?? 302);
  },
} satisfies ExportedHandler<Env>;
