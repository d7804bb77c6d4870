// case: a cleanup script archives stale orders one by one through a local helper
// category: local-helpers
// why: archiveOrder reads the order but then updates it and inserts an audit row: awaiting the
//      helper is a write per item, so the loop is a sequence of writes
import { and, eq, lt } from 'drizzle-orm';
import { db } from './db';
import { auditLog, orders } from './schema';

async function archiveOrder(id: string, actor: string) {
  const [order] = await db.select().from(orders).where(eq(orders.id, id));
  if (!order || order.status === 'archived') return false;
  await db.update(orders).set({ status: 'archived', archivedAt: new Date() }).where(eq(orders.id, id));
  await db.insert(auditLog).values({ entity: 'order', entityId: id, action: 'archive', actor });
  return true;
}

export async function archiveStale(days = 90) {
  const cutoff = new Date(Date.now() - days * 86_400_000);
  const stale = await db
    .select({ id: orders.id })
    .from(orders)
    .where(and(lt(orders.updatedAt, cutoff), eq(orders.status, 'closed')));
  let archived = 0;
  for (const { id } of stale) {
    if (await archiveOrder(id, 'cron:archive-stale')) archived++;
  }
  console.log(`archived ${archived}/${stale.length} orders older than ${days} days`);
}
