// case: a dashboard builds a card per project with the owner and the open task count (Drizzle)
// category: orm-sql
// why: each iteration makes two reads (findFirst for the owner, a count select) for its own
//      project and pushes a card; no iteration uses another's result
import { drizzle } from 'drizzle-orm/node-postgres';
import { and, count, eq } from 'drizzle-orm';
import * as schema from './schema';

const db = drizzle(process.env.DATABASE_URL!, { schema });
const { tasks, users } = schema;

export async function projectCards(projects: (typeof schema.projects.$inferSelect)[]) {
  const cards = [];
  /*@A*/ for (const project of projects) {
    const owner = await db.query.users.findFirst({ where: eq(users.id, project.ownerId) });
    const [{ open }] = await db
      .select({ open: count() })
      .from(tasks)
      .where(and(eq(tasks.projectId, project.id), eq(tasks.done, false)));
    cards.push({ id: project.id, name: project.name, owner: owner?.name ?? 'unknown', open });
  }
  return cards;
}
