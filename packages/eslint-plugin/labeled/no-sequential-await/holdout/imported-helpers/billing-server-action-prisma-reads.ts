// case: a server action builds the billing page state from three imported Prisma query helpers
// category: imported-helpers
// why: listOpenInvoices, getActiveSubscription and getPaymentMethods are each one Prisma read
//      (findMany / findUnique / findMany) on a different table keyed by the account id taken from the
//      session; none writes, so they form one group. auth() comes first because the id comes from it,
//      and recordBillingView inserts an audit row and is awaited for its effect after the reads
'use server';

import { redirect } from 'next/navigation';
import { auth } from '@/auth';
import {
  getActiveSubscription,
  getPaymentMethods,
  listOpenInvoices,
  recordBillingView,
} from './_modules/billing/queries';

export async function loadBillingPage() {
  const session = await auth();
  if (!session?.user?.accountId) redirect('/login?next=/settings/billing');
  const { accountId, id: userId } = session.user;

  const invoices = /*@A*/ await listOpenInvoices(accountId);
  const subscription = /*@A*/ await getActiveSubscription(accountId);
  const paymentMethods = /*@A*/ await getPaymentMethods(accountId);

  await recordBillingView(accountId, userId);

  const overdue = invoices.filter((invoice) => invoice.status === 'past_due');
  return {
    plan: subscription?.plan ?? null,
    renewsAt: subscription?.currentPeriodEnd ?? null,
    invoices,
    overdueTotal: overdue.reduce((sum, invoice) => sum + invoice.amountDue, 0),
    defaultCard: paymentMethods.find((pm) => pm.isDefault) ?? paymentMethods[0] ?? null,
  };
}
