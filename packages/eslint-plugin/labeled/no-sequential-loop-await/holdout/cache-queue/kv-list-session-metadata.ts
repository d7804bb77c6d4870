// case: a Worker admin route lists a user's sessions with the metadata stored next to each one
// category: cache-queue
// why: the key list is read once before the loop; each iteration reads one value with its metadata and
//      pushes a row, so the getWithMetadata calls are independent reads
import { Hono } from 'hono';

type Bindings = { SESSIONS: KVNamespace };
type SessionMeta = { userAgent: string; createdAt: number };

const app = new Hono<{ Bindings: Bindings }>();

app.get('/admin/users/:id/sessions', async (c) => {
  const { keys } = await c.env.SESSIONS.list<SessionMeta>({ prefix: `session:${c.req.param('id')}:`, limit: 100 });

  const sessions = [];
  /*@A*/ for (const { name } of keys) {
    const { value, metadata } = await c.env.SESSIONS.getWithMetadata<{ ip: string }, SessionMeta>(name, 'json');
    if (!value) continue;
    sessions.push({ key: name, ip: value.ip, ...metadata });
  }

  return c.json({ sessions });
});

export default app;
