// case: a Kysely transaction reads the product stock and the customer, then inserts an order
// category: orm-sql
// why: the reads go through the trx handle of one transaction and stay in order; the insert uses
//      both results and the stock update is a write awaited for its effect
import { Kysely } from 'kysely';
import type { DB } from './db-types';

export async function placeOrder(db: Kysely<DB>, customerId: number, productId: number, qty: number) {
  return db.transaction().execute(async (trx) => {
    const product = await trx
      .selectFrom('product')
      .select(['id', 'stock', 'price_cents'])
      .where('id', '=', productId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const customer = await trx
      .selectFrom('customer')
      .select(['id', 'discount_pct'])
      .where('id', '=', customerId)
      .executeTakeFirstOrThrow();

    if (product.stock < qty) throw new Error('out of stock');
    await trx.updateTable('product').set({ stock: product.stock - qty }).where('id', '=', productId).execute();

    return trx
      .insertInto('order')
      .values({ customer_id: customerId, product_id: productId, qty, total_cents: Math.round(product.price_cents * qty * (1 - customer.discount_pct / 100)) })
      .returning('id')
      .executeTakeFirstOrThrow();
  });
}
