// case: an order is saved with its lines inside a Knex transaction
// category: transactions
// why: not reported: each iteration inserts a line and decrements stock through `trx`, writes in
//      one transaction
import knex from 'knex';

const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });

export async function saveOrder(order: { customerId: string; lines: { sku: string; qty: number; priceCents: number }[] }) {
  return db.transaction(async (trx) => {
    const [{ id: orderId }] = await trx('orders').insert({ customer_id: order.customerId }).returning('id');
    for (const line of order.lines) {
      await trx('order_lines').insert({ order_id: orderId, sku: line.sku, qty: line.qty, price_cents: line.priceCents });
      await trx('stock').where({ sku: line.sku }).decrement('on_hand', line.qty);
    }
    return orderId;
  });
}
