// case: a CSV price import looks up each SKU and then writes prices, all inside one Kysely transaction
// category: transactions
// why: both loops run inside `db.transaction().execute(async (trx) => …)` and go through `trx`: the
//      lookups are reads, but a transaction is one connection and stays in order; the second loop also
//      writes per row. Neither is a report.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Kysely } from 'kysely';
import type { DB } from '../src/db/types';

interface PriceRow {
  sku: string;
  currency: string;
  amount: string;
}

export async function importPrices(db: Kysely<DB>, csvPath: string) {
  const rows: PriceRow[] = parse(await readFile(csvPath), { columns: true, skip_empty_lines: true, trim: true });

  return db.transaction().execute(async (trx) => {
    const productIds = new Map<string, number>();
    const missing: string[] = [];
    for (const row of rows) {
      const product = await trx.selectFrom('products').select(['id']).where('sku', '=', row.sku).executeTakeFirst();
      if (product) productIds.set(row.sku, product.id);
      else missing.push(row.sku);
    }

    for (const row of rows) {
      const productId = productIds.get(row.sku);
      if (productId === undefined) continue;
      await trx
        .insertInto('prices')
        .values({ product_id: productId, currency: row.currency, amount_cents: Math.round(Number(row.amount) * 100) })
        .onConflict((oc) => oc.columns(['product_id', 'currency']).doUpdateSet({ amount_cents: (eb) => eb.ref('excluded.amount_cents') }))
        .execute();
    }

    return { imported: productIds.size, missing };
  });
}
