// case: after a batch transfer commits, the handler reads each account's fresh balance to reply
// category: transactions
// why: the transaction is over when loop A starts; each iteration reads one account's balance with
//      the pool-backed `db` (not `trx`) and sets it by id, so the reads can run together
import { Kysely } from 'kysely';
import type { DB } from './db-types';

export async function transferAndReport(db: Kysely<DB>, transfers: { from: string; to: string; cents: number }[]) {
  await db.transaction().execute(async (trx) => {
    for (const t of transfers) {
      await trx.updateTable('accounts').set((eb) => ({ balance: eb('balance', '-', t.cents) })).where('id', '=', t.from).execute();
      await trx.updateTable('accounts').set((eb) => ({ balance: eb('balance', '+', t.cents) })).where('id', '=', t.to).execute();
    }
  });

  const touched = [...new Set(transfers.flatMap((t) => [t.from, t.to]))];
  const balances: Record<string, number> = {};
  /*@A*/ for (const id of touched) {
    const row = await db.selectFrom('accounts').select('balance').where('id', '=', id).executeTakeFirstOrThrow();
    balances[id] = row.balance;
  }
  return balances;
}
