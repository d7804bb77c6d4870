import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function listActivePrices() {
  const { data } = await stripe.prices.list({ active: true, expand: ['data.product'], limit: 20 });
  return data.filter((price) => price.recurring !== null);
}

export async function customerFor(user: { id: string; email: string }) {
  const existing = await stripe.customers.search({ query: `metadata['userId']:'${user.id}'` });
  if (existing.data[0]) return existing.data[0];
  return stripe.customers.create({ email: user.email, metadata: { userId: user.id } });
}
