// case: an import inserts orders in a knex transaction, then, after commit, loads each new order's customer email
// category: transactions
// why: the insert loop inside the transaction is ordered and unmarked; the second loop runs after the
//      transaction settled, goes through `db` (the pool) rather than `trx`, and only reads, skipping with continue
import knex from 'knex';

const db = knex({ client: 'pg', connection: process.env.DATABASE_URL, pool: { min: 0, max: 10 } });

type ImportRow = { customerId: string; totalCents: number; externalRef: string };

export async function importOrders(rows: ImportRow[]) {
  const created = await db.transaction(async (trx) => {
    const ids: Array<{ id: string; customerId: string }> = [];
    for (const row of rows) {
      const [inserted] = await trx('orders').insert({ customer_id: row.customerId, total_cents: row.totalCents, external_ref: row.externalRef }).returning('id');
      ids.push({ id: inserted.id, customerId: row.customerId });
    }
    return ids;
  });

  const receipts: Array<{ orderId: string; email: string }> = [];
  /*@A*/ for (const { id, customerId } of created) {
    const customer = await db('customers').where({ id: customerId }).first('email', 'wants_receipts');
    if (!customer?.wants_receipts) continue;
    receipts.push({ orderId: id, email: customer.email });
  }
  return receipts;
}
