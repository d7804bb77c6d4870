// case: a Hono endpoint on Workers rate-limits by IP, parses the body and inserts a comment
// category: http-handlers
// why: the rate-limit call is a guard followed by an early return, the body is parsed only after
//      it passed, and the insert uses the parsed body; nothing here can run at the same time
import { Hono } from 'hono';

type Bindings = {
  DB: D1Database;
  COMMENT_LIMITER: RateLimit;
};

const app = new Hono<{ Bindings: Bindings }>();

app.post('/posts/:postId/comments', async (c) => {
  const ip = c.req.header('cf-connecting-ip') ?? 'unknown';
  const { success } = await c.env.COMMENT_LIMITER.limit({ key: ip });
  if (!success) {
    return c.json({ error: 'slow down' }, 429);
  }

  const body = await c.req.json<{ author: string; text: string }>();
  const result = await c.env.DB.prepare(
    'INSERT INTO comments (post_id, author, body, created_at) VALUES (?1, ?2, ?3, ?4) RETURNING id',
  )
    .bind(c.req.param('postId'), body.author, body.text, Date.now())
    .first<{ id: number }>();

  return c.json({ id: result?.id }, 201);
});

export default app;
