// case: a static repository method loads an invoice, its line totals and its payments with Kysely
// category: orm-sql
// why: the three selects run on the pooled Kysely instance and filter by the same invoiceId argument;
//      none uses another's rows, so they can run together
import type { Kysely } from 'kysely';
import type { DB } from '../db/types';

export class InvoiceRepository {
  static async findBySlug(db: Kysely<DB>, slug: string) {
    return await db.selectFrom('invoices').selectAll().where('slug', '=', slug).executeTakeFirst();
  }

  static async loadWithTotals(db: Kysely<DB>, invoiceId: string) {
    const invoice = /*@A*/ await db
      .selectFrom('invoices')
      .selectAll()
      .where('id', '=', invoiceId)
      .executeTakeFirst();
    const totals = /*@A*/ await db
      .selectFrom('invoice_lines')
      .select((eb) => [eb.fn.sum<number>('amount_cents').as('subtotal'), eb.fn.count<number>('id').as('lineCount')])
      .where('invoice_id', '=', invoiceId)
      .executeTakeFirstOrThrow();
    const payments = /*@A*/ await db
      .selectFrom('payments')
      .select(['id', 'amount_cents', 'paid_at'])
      .where('invoice_id', '=', invoiceId)
      .orderBy('paid_at', 'desc')
      .execute();

    if (!invoice) return undefined;
    const paid = payments.reduce((sum, p) => sum + p.amount_cents, 0);
    return { ...invoice, ...totals, payments, balanceCents: Number(totals.subtotal) - paid };
  }
}
