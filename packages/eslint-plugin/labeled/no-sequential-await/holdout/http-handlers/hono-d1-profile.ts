// case: a Hono route on Workers reads a profile row, the author's recent posts and the avatar's metadata
// category: http-handlers
// why: three reads keyed only by the route param; none uses another's result, and D1 statements run
//      outside a batch are separate requests, so all three can start together
import { Hono } from 'hono';

type Bindings = { DB: D1Database; AVATARS: R2Bucket };
type UserRow = { id: string; name: string; bio: string | null };

const app = new Hono<{ Bindings: Bindings }>();

app.get('/users/:id', async (c) => {
  const id = c.req.param('id');
  const profile = /*@A*/ await c.env.DB.prepare('SELECT id, name, bio FROM users WHERE id = ?')
    .bind(id)
    .first<UserRow>();
  const posts = /*@A*/ await c.env.DB.prepare(
    'SELECT id, title, published_at FROM posts WHERE author_id = ? ORDER BY published_at DESC LIMIT 5',
  )
    .bind(id)
    .all<{ id: string; title: string; published_at: string }>();
  const avatar = /*@A*/ await c.env.AVATARS.head(`avatars/${id}.webp`);

  if (!profile) return c.notFound();
  return c.json({
    ...profile,
    posts: posts.results,
    avatarUrl: avatar ? `/media/avatars/${id}.webp?v=${avatar.etag}` : null,
  });
});

export default app;
