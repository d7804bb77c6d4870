// case: tags typed by a user are turned into tag ids, creating the tags that do not exist yet
// category: orm-sql
// why: each iteration runs an INSERT … ON CONFLICT DO NOTHING RETURNING; it returns rows like a read but
//      it is a write, and the fallback select reads the table the insert just wrote
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { tags } from '@/db/schema';

export async function resolveTagIds(names: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const raw of names) {
    const name = raw.trim().toLowerCase();
    if (!name) continue;
    const [created] = await db.insert(tags).values({ name }).onConflictDoNothing().returning({ id: tags.id });
    if (created) {
      ids.push(created.id);
      continue;
    }
    const [existing] = await db.select({ id: tags.id }).from(tags).where(eq(tags.name, name)).limit(1);
    if (existing) ids.push(existing.id);
  }
  return ids;
}
