// case: applying account credits to an invoice inside a Kysely transaction, with the reads done by helpers that take trx
// category: transactions
// why: loadInvoice and loadCredits both run on the trx handle passed to them, so they share the
//      transaction's single connection and stay in order, as do the updates
import type { Kysely, Transaction } from 'kysely';
import type { DB } from './db-types';

function loadInvoice(trx: Transaction<DB>, id: string) {
  return trx.selectFrom('invoices').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
}

function loadCredits(trx: Transaction<DB>, accountId: string) {
  return trx
    .selectFrom('credits')
    .select(['id', 'remaining'])
    .where('account_id', '=', accountId)
    .where('remaining', '>', 0)
    .orderBy('expires_at')
    .forUpdate()
    .execute();
}

export function applyCredits(db: Kysely<DB>, invoiceId: string, accountId: string) {
  return db.transaction().execute(async (trx) => {
    const invoice = await loadInvoice(trx, invoiceId);
    const credits = await loadCredits(trx, accountId);

    let due = invoice.amount_due;
    for (const credit of credits) {
      const used = Math.min(due, credit.remaining);
      if (used === 0) break;
      await trx.updateTable('credits').set({ remaining: credit.remaining - used }).where('id', '=', credit.id).execute();
      due -= used;
    }
    await trx.updateTable('invoices').set({ amount_due: due }).where('id', '=', invoice.id).execute();
    return due;
  });
}
