// case: a reconciliation job lists two pages of Stripe charges, setting starting_after on the shared params object between the calls
// category: statements-between
// why: the statement between the calls writes the first page's last id into params, which the second call
//      reads, so the second list depends on the first
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function firstTwoPages(sinceUnix: number) {
  const params: Stripe.ChargeListParams = { limit: 100, created: { gte: sinceUnix } };

  const first = await stripe.charges.list(params);
  params.starting_after = first.data.at(-1)?.id;
  const second = await stripe.charges.list(params);

  return [...first.data, ...second.data].map((c) => ({
    id: c.id,
    amount: c.amount,
    refunded: c.refunded,
    customer: typeof c.customer === 'string' ? c.customer : c.customer?.id,
  }));
}
