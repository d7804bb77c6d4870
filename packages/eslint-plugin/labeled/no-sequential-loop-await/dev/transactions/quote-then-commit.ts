// case: checkout fetches a tax quote per line from an external API, then writes the order in a transaction
// category: transactions
// why: loop A runs before the transaction: each line asks the tax service for a quote (a read) and
//      pushes it. The loop inside db.transaction inserts through `trx`, writes in one transaction,
//      and is not reported
import { Kysely } from 'kysely';
import type { DB } from './db-types';
import { taxApi } from './tax-api';

export async function checkout(db: Kysely<DB>, cartId: string, lines: { sku: string; amountCents: number }[], zip: string) {
  const quotes: { sku: string; taxCents: number }[] = [];
  /*@A*/ for (const line of lines) {
    const quote = await taxApi.quote({ sku: line.sku, amountCents: line.amountCents, postalCode: zip });
    quotes.push({ sku: line.sku, taxCents: quote.taxCents });
  }

  return db.transaction().execute(async (trx) => {
    const order = await trx.insertInto('orders').values({ cart_id: cartId }).returning('id').executeTakeFirstOrThrow();
    for (const q of quotes) {
      await trx.insertInto('order_taxes').values({ order_id: order.id, sku: q.sku, tax_cents: q.taxCents }).execute();
    }
    return order.id;
  });
}
