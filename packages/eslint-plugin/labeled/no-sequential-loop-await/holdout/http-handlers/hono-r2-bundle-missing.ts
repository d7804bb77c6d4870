// case: a Hono route on Workers builds a bundle from R2 objects and answers 404 on the first missing one
// category: http-handlers
// why: each iteration reads one object, but the body returns on the first missing key; the loop decides
//      when to stop, so running every read at once is not the same program
import { Hono } from 'hono';

type Bindings = { ASSETS: R2Bucket };

const app = new Hono<{ Bindings: Bindings }>();

app.get('/bundles/:name', async (c) => {
  const manifest = await c.env.ASSETS.get(`bundles/${c.req.param('name')}/manifest.json`);
  if (!manifest) return c.notFound();
  const { files } = await manifest.json<{ files: string[] }>();

  const parts: string[] = [];
  for (const key of files) {
    const object = await c.env.ASSETS.get(key);
    if (!object) {
      return c.json({ error: 'missing part', key }, 404);
    }
    parts.push(await object.text());
  }

  return c.body(parts.join('\n'), 200, { 'content-type': 'application/javascript' });
});

export default app;
