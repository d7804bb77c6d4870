// case: an export reads events in batches of varying size, advancing an offset after each batch
// category: accumulators
// why: each query receives `offset`, the sum of the batch sizes before it, updated by the body; the loop
//      goes over an array, but every iteration reads the counter an earlier one wrote
import { asc } from 'drizzle-orm';
import { db } from '@/db';
import { events } from '@/db/schema';

export async function exportEvents(batchSizes: number[], write: (rows: unknown[]) => void) {
  let offset = 0;
  for (const size of batchSizes) {
    const rows = await db.select().from(events).orderBy(asc(events.id)).limit(size).offset(offset);
    write(rows);
    offset += rows.length;
  }
  return offset;
}
