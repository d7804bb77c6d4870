// case: a React Router 7 billing loader reads the organization, then calls three local read helpers
// category: local-helpers
// why: the organization read gives the ids the helpers need, so it is no member; each helper runs one read
//      with its arguments and touches no shared state, and none takes another's result
import type { Route } from './+types/billing';
import { prisma } from '~/db.server';
import { stripe } from '~/stripe.server';

async function getActivePlan(orgId: string) {
  return prisma.subscription.findFirst({
    where: { orgId, status: 'active' },
    include: { plan: true },
  });
}

async function getSeatUsage(orgId: string) {
  return prisma.membership.count({ where: { orgId, deactivatedAt: null } });
}

async function getRecentInvoices(customerId: string) {
  const { data } = await stripe.invoices.list({ customer: customerId, limit: 12 });
  return data.map((inv) => ({ id: inv.id, total: inv.total, status: inv.status, url: inv.hosted_invoice_url }));
}

export async function loader({ params }: Route.LoaderArgs) {
  const org = await prisma.organization.findUniqueOrThrow({ where: { slug: params.org } });
  const plan = /*@A*/ await getActivePlan(org.id);
  const seats = /*@A*/ await getSeatUsage(org.id);
  const invoices = /*@A*/ await getRecentInvoices(org.stripeCustomerId);
  return { org: { name: org.name, slug: org.slug }, plan, seats, invoices };
}
