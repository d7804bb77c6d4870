// case: node-postgres price lookups: one pool query per SKU, and a repricing loop on a checked-out client inside BEGIN/COMMIT
// category: orm-sql
// why: pricesFor loops over an array given before it; each iteration runs one pool.query read for
//      its own sku and sets the result in a Map, skipping misses with continue (A). repriceAll
//      checks out one client and runs BEGIN … COMMIT: its loop's queries go through that single
//      connection inside a transaction, take row locks and write, so it is not reported
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

export async function pricesFor(skus: string[], currency: string) {
  const prices = new Map<string, number>();
  /*@A*/ for (const sku of skus) {
    const { rows } = await pool.query<{ amount: string }>(
      'select amount from prices where sku = $1 and currency = $2 and valid_to is null',
      [sku, currency],
    );
    if (rows.length === 0) continue;
    prices.set(sku, Number(rows[0].amount));
  }
  return prices;
}

export async function repriceAll(changes: { sku: string; amount: number }[], currency: string) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    for (const change of changes) {
      const { rows } = await client.query<{ amount: string }>(
        'select amount from prices where sku = $1 and currency = $2 and valid_to is null for update',
        [change.sku, currency],
      );
      if (rows[0] && Number(rows[0].amount) === change.amount) continue;
      await client.query(
        'update prices set valid_to = now() where sku = $1 and currency = $2 and valid_to is null',
        [change.sku, currency],
      );
      await client.query(
        'insert into prices (sku, currency, amount, valid_from) values ($1, $2, $3, now())',
        [change.sku, currency, change.amount],
      );
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  } finally {
    client.release();
  }
}
