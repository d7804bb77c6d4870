// case: a billing loader already uses Promise.all for the user and org, then awaits the invoice list on its own
// category: syntax-positions
// why: Promise.all(...) starts two reads and is itself a call; the invoice list uses only orgId, so it could
//      join the same Promise.all: the two awaits form group A
import { getOrg, getUser } from '@/server/accounts';
import { listInvoices } from '@/server/billing';

export async function loadBillingPage(userId: string, orgId: string) {
  const [user, org] = /*@A*/ await Promise.all([getUser(userId), getOrg(orgId)]);
  const invoices = /*@A*/ await listInvoices(orgId, { limit: 24 });

  return {
    canManage: org.ownerId === user.id,
    org: { name: org.name, plan: org.plan },
    invoices,
  };
}
