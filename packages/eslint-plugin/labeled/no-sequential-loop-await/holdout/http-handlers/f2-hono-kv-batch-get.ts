// case: a Hono route on Cloudflare Workers resolves the targets of several short links at once
// category: http-handlers
// why: the slugs come from the query string (capped at 20) before the loop; each iteration reads
//      its own KV key and sets that slug's property of the result object; the reads are
//      independent of each other
import { Hono } from 'hono';

type Bindings = { LINKS: KVNamespace };
type Link = { url: string; expiresAt?: number };

const app = new Hono<{ Bindings: Bindings }>();

app.get('/api/links', async (c) => {
  const slugs = (c.req.query('slugs') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, 20);
  const targets: Record<string, string | null> = {};
  /*@A*/ for (const slug of slugs) {
    const link = await c.env.LINKS.get<Link>(`link:${slug}`, 'json');
    targets[slug] = link && (!link.expiresAt || link.expiresAt > Date.now()) ? link.url : null;
  }
  c.header('Cache-Control', 'public, max-age=60');
  return c.json({ targets });
});

export default app;
