// case: an order edit locks and reads each product row inside a Kysely transaction
// category: transactions
// why: every selectFrom … forUpdate runs on `trx`, one transaction on one connection, and the loop also
//      updates stock; none of it may run together
import type { Kysely } from 'kysely';
import type { DB } from './types';

export async function applyEdits(db: Kysely<DB>, orderId: string, edits: Array<{ productId: string; delta: number }>) {
  await db.transaction().execute(async (trx) => {
    for (const edit of edits) {
      const product = await trx
        .selectFrom('products')
        .select(['id', 'stock'])
        .where('id', '=', edit.productId)
        .forUpdate()
        .executeTakeFirstOrThrow();
      await trx
        .updateTable('products')
        .set({ stock: product.stock - edit.delta })
        .where('id', '=', product.id)
        .execute();
    }
    await trx.updateTable('orders').set({ updated_at: new Date() }).where('id', '=', orderId).execute();
  });
}
