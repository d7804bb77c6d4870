// case: a disputes report enriches each charge with its Stripe customer through a local memoizing helper
// category: local-helpers
// why: customerFor checks the module-level Map, awaits customers.retrieve on a miss and only then fills
//      the Map. The body both checks and fills that Map across iterations, so a later charge of the same
//      customer relies on an earlier iteration having finished; run together they would all miss. Not a
//      report.
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const customers = new Map<string, Stripe.Customer | Stripe.DeletedCustomer>();

async function customerFor(id: string) {
  const hit = customers.get(id);
  if (hit) return hit;
  const customer = await stripe.customers.retrieve(id);
  customers.set(id, customer);
  return customer;
}

export async function disputedChargesReport(since: number) {
  const charges = await stripe.charges.list({ limit: 100, created: { gte: since } });
  const rows: Array<{ charge: string; amount: number; email: string | null }> = [];

  for (const charge of charges.data) {
    if (!charge.disputed || !charge.customer) continue;
    const customer = await customerFor(charge.customer as string);
    rows.push({ charge: charge.id, amount: charge.amount, email: customer.deleted ? null : customer.email ?? null });
  }

  return rows;
}
