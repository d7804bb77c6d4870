// case: Hono app on Workers: the home route logs a visit row and reads flags and projects; the project route checks ownership before loading members and activity
// category: http-handlers
// why: in /app/home the INSERT into page_visits is a write whose returned id is used, and it may lead
//      the group because the later members read something else (a KV key, the projects table); in
//      /app/projects/:id the project lookup plus owner check is an authorization guard, so only the
//      members query and the activity KV read after it form group B; the middleware's verify and
//      next() are ordered
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { verify } from 'hono/jwt';

type Bindings = {
  DB: D1Database;
  FLAGS: KVNamespace;
  ACTIVITY: KVNamespace;
  JWT_SECRET: string;
};

type Project = { id: string; name: string; owner_id: string };

const app = new Hono<{ Bindings: Bindings; Variables: { userId: string } }>();

app.use('/app/*', async (c, next) => {
  const token = getCookie(c, 'session');
  if (!token) return c.redirect('/login');
  const payload = await verify(token, c.env.JWT_SECRET);
  c.set('userId', String(payload.sub));
  await next();
});

app.get('/app/home', async (c) => {
  const userId = c.get('userId');

  const visit = /*@A*/ await c.env.DB.prepare(
    'INSERT INTO page_visits (user_id, path, at) VALUES (?1, ?2, ?3) RETURNING id',
  )
    .bind(userId, '/app/home', Date.now())
    .first<{ id: number }>();
  const flags = /*@A*/ await c.env.FLAGS.get<Record<string, boolean>>(`flags:${userId}`, 'json');
  const { results: projects } = /*@A*/ await c.env.DB.prepare(
    'SELECT id, name, updated_at FROM projects WHERE owner_id = ?1 ORDER BY updated_at DESC LIMIT 20',
  )
    .bind(userId)
    .all<{ id: string; name: string; updated_at: number }>();

  return c.json({ visitId: visit?.id ?? null, flags: flags ?? {}, projects });
});

app.get('/app/projects/:id', async (c) => {
  const userId = c.get('userId');
  const projectId = c.req.param('id');

  const project = await c.env.DB.prepare('SELECT id, name, owner_id FROM projects WHERE id = ?1')
    .bind(projectId)
    .first<Project>();
  if (!project || project.owner_id !== userId) {
    return c.notFound();
  }

  const { results: members } = /*@B*/ await c.env.DB.prepare(
    'SELECT user_id, role, joined_at FROM project_members WHERE project_id = ?1',
  )
    .bind(projectId)
    .all();
  const activity = /*@B*/ await c.env.ACTIVITY.get<{ at: number; kind: string }[]>(`activity:${projectId}`, 'json');

  return c.json({ project, members, activity: activity ?? [] });
});

export default app;
