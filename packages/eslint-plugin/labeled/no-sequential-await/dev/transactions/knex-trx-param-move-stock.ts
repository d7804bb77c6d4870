// case: a warehouse helper takes a Knex transaction and locks two bin rows before moving stock
// category: transactions
// why: all queries go through the `trx` handle passed in, one connection inside one transaction,
//      so the two locking reads stay in order with the writes
import type { Knex } from 'knex';

interface BinStock { id: number; sku: string; bin: string; qty: number }

export async function moveStock(trx: Knex.Transaction, sku: string, fromBin: string, toBin: string, qty: number) {
  const source = await trx<BinStock>('bin_stock').where({ sku, bin: fromBin }).forUpdate().first();
  const target = await trx<BinStock>('bin_stock').where({ sku, bin: toBin }).forUpdate().first();
  if (!source || source.qty < qty) throw new Error(`not enough ${sku} in ${fromBin}`);

  await trx('bin_stock').where({ id: source.id }).decrement('qty', qty);
  if (target) {
    await trx('bin_stock').where({ id: target.id }).increment('qty', qty);
  } else {
    await trx('bin_stock').insert({ sku, bin: toBin, qty });
  }
  return { from: source.qty - qty, to: (target?.qty ?? 0) + qty };
}
