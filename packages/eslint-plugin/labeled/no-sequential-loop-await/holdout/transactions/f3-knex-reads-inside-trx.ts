// case: reserving stock reads each order line's inventory row through the knex transaction before decrementing
// category: transactions
// why: the per-line selects go through `trx`, one connection inside db.transaction; they cannot run
//      together and must stay in order with the writes that follow in the same transaction
import knex from 'knex';

const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });

type Line = { sku: string; qty: number };
type Stock = { sku: string; on_hand: number };

export async function reserveStock(orderId: string, lines: Line[]) {
  return db.transaction(async (trx) => {
    const stock: Stock[] = [];
    for (const line of lines) {
      const row = await trx<Stock>('inventory').where({ sku: line.sku }).first('sku', 'on_hand');
      stock.push(row ?? { sku: line.sku, on_hand: 0 });
    }

    const short = lines.filter((line, i) => stock[i]!.on_hand < line.qty);
    if (short.length > 0) {
      throw new Error(`order ${orderId}: not enough ${short.map((l) => l.sku).join(', ')}`);
    }

    await trx('reservations').insert(lines.map((l) => ({ order_id: orderId, sku: l.sku, qty: l.qty })));
    return stock;
  });
}
