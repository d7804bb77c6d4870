// case: a data migration backfills users.region in keyset-paginated batches, geocoding and updating row by row
// category: orm-sql
// why: the outer `for (;;)` is not a loop over a collection: it breaks on an empty batch and each query
//      starts after the `lastId` the previous batch left. The inner loop reads (geocode) but then updates
//      each row and bumps a counter: a write per item, so it stays in order too.
import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { db } from '../src/db';
import { users } from '../src/db/schema';
import { geocodeZip } from '../src/lib/geocode';

const BATCH = 500;

async function main() {
  let lastId = 0;
  let updated = 0;

  for (;;) {
    const batch = await db
      .select({ id: users.id, zip: users.zip, country: users.country })
      .from(users)
      .where(and(gt(users.id, lastId), isNull(users.region)))
      .orderBy(asc(users.id))
      .limit(BATCH);
    if (batch.length === 0) break;

    for (const row of batch) {
      const region = await geocodeZip(row.country, row.zip);
      await db.update(users).set({ region: region ?? 'unknown' }).where(eq(users.id, row.id));
      updated++;
    }

    lastId = batch[batch.length - 1].id;
    console.log(`backfilled ${updated} users (last id ${lastId})`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
