// case: a Hono route returns a team overview built from three Drizzle reads in an object literal
// category: http-handlers
// why: the three awaits inside c.json({...}) run in order and each only takes the slug from the
//      route; none reads another's result, so they form one group
import { Hono } from 'hono';
import { and, count, desc, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import * as schema from './schema';
import { activity, issues, teams } from './schema';

const db = drizzle(process.env.DATABASE_URL!, { schema });
const app = new Hono();

app.get('/teams/:slug/overview', async (c) => {
  const slug = c.req.param('slug');

  return c.json({
    team: /*@A*/ await db.query.teams.findFirst({ where: eq(teams.slug, slug) }),
    openIssues: /*@A*/ await db
      .select({ n: count() })
      .from(issues)
      .where(and(eq(issues.teamSlug, slug), eq(issues.state, 'open'))),
    recent: /*@A*/ await db.query.activity.findMany({
      where: eq(activity.teamSlug, slug),
      orderBy: desc(activity.createdAt),
      limit: 20,
    }),
  });
});

export default app;
