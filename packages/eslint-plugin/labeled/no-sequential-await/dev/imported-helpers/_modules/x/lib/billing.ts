import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20' });

export type BillingContext = {
  name: string;
  email: string | null;
  address: Stripe.Address | null;
  taxIds: string[];
  currency: string;
};

export async function loadBillingContext(customerId: string): Promise<BillingContext> {
  const customer = await stripe.customers.retrieve(customerId, { expand: ['tax_ids'] });
  if (customer.deleted) throw new Error(`customer ${customerId} was deleted`);
  return {
    name: customer.name ?? customer.email ?? customerId,
    email: customer.email,
    address: customer.address ?? null,
    taxIds: customer.tax_ids?.data.map(taxId => taxId.value) ?? [],
    currency: customer.currency ?? 'eur',
  };
}

export async function ensureCustomer(email: string, name?: string) {
  const existing = await stripe.customers.list({ email, limit: 1 });
  if (existing.data[0]) return existing.data[0];
  return stripe.customers.create({ email, name });
}
