// case: a Hono worker resolves bookmarked item ids against a D1 database
// category: http-handlers
// why: each iteration prepares and runs a SELECT with first(), a read for its own id, and pushes
//      the row; D1 queries are independent requests, so they can all start together
import { Hono } from 'hono';

type Bindings = { DB: D1Database };

const app = new Hono<{ Bindings: Bindings }>();

app.get('/bookmarks', async (c) => {
  const ids = (c.req.query('ids') ?? '').split(',').filter(Boolean);

  const items: Record<string, unknown>[] = [];
  /*@A*/ for (const id of ids) {
    const row = await c.env.DB.prepare('SELECT id, title, url FROM items WHERE id = ?').bind(id).first();
    if (row) items.push(row);
  }
  return c.json({ items });
});

export default app;
