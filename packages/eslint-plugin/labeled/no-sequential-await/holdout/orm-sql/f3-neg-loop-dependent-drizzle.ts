// case: a loop over orgs reads each org's subscription with Drizzle, then that subscription's invoices
// category: orm-sql
// why: inside an iteration the invoice query filters by sub.id from the first query and the continue
//      guard depends on it too, so the two awaits are a chain; across iterations is not a group
import { and, eq, gte } from 'drizzle-orm';
import { db } from '@/db';
import { invoices, subscriptions } from '@/db/schema';

type Overdue = { orgId: string; subscriptionId: string; openInvoices: number; totalCents: number };

export async function findOverdue(orgIds: string[], since: Date): Promise<Overdue[]> {
  const result: Overdue[] = [];
  for (const orgId of orgIds) {
    const [sub] = await db
      .select()
      .from(subscriptions)
      .where(and(eq(subscriptions.orgId, orgId), eq(subscriptions.status, 'past_due')))
      .limit(1);
    if (!sub) continue;

    const open = await db
      .select({ id: invoices.id, amount: invoices.amountCents })
      .from(invoices)
      .where(and(eq(invoices.subscriptionId, sub.id), eq(invoices.status, 'open'), gte(invoices.dueAt, since)));

    result.push({
      orgId,
      subscriptionId: sub.id,
      openInvoices: open.length,
      totalCents: open.reduce((sum, row) => sum + row.amount, 0),
    });
  }
  return result;
}
