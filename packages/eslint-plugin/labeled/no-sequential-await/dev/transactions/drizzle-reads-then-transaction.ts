// case: marking an invoice paid reads the invoice and the customer, then updates both tables in a transaction
// category: transactions
// why: the two selects use the plain `db` outside the transaction and take only the arguments;
//      db.transaction is awaited for its effect, and its inner writes stay in order
import { eq } from 'drizzle-orm';
import { db } from '../db';
import { customers, invoices, payments } from '../db/schema';

export async function markPaid(invoiceId: string, customerId: string, amountCents: number) {
  const [invoice] = /*@A*/ await db.select().from(invoices).where(eq(invoices.id, invoiceId));
  const [customer] = /*@A*/ await db.select().from(customers).where(eq(customers.id, customerId));
  if (!invoice || !customer) throw new Error('invoice or customer not found');

  await db.transaction(async (tx) => {
    await tx.update(invoices).set({ status: 'paid', paidAt: new Date() }).where(eq(invoices.id, invoiceId));
    await tx.insert(payments).values({ invoiceId, customerId, amountCents });
  });

  return { invoice: invoice.number, customer: customer.name };
}
