// case: a Hono overview route builds its JSON from two awaited D1 helpers passed straight as call arguments
// category: syntax-positions
// why: both awaits sit in the argument list of toOverview and are evaluated left to right; each takes only
//      the db and the id, so they form a group
import { Hono } from 'hono';
import { getBurndown, getSummary } from './queries';
import { toOverview } from './overview';

type Env = { Bindings: { DB: D1Database } };
const app = new Hono<Env>();

app.get('/api/projects/:id/overview', async (c) => {
  const id = c.req.param('id');
  return c.json(toOverview(/*@A*/ await getSummary(c.env.DB, id), /*@A*/ await getBurndown(c.env.DB, id, { weeks: 6 })));
});

app.get('/api/projects/:id', async (c) => {
  const summary = await getSummary(c.env.DB, c.req.param('id'));
  return summary ? c.json(summary) : c.notFound();
});

export default app;
