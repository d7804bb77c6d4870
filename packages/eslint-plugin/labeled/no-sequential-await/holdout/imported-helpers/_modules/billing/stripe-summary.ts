import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20' });

export async function prepareBillingSummary(customerId: string) {
  const [customer, invoices] = await Promise.all([
    stripe.customers.retrieve(customerId, { expand: ['invoice_settings.default_payment_method'] }),
    stripe.invoices.list({ customer: customerId, limit: 6 }),
  ]);
  if (customer.deleted) return { balance: 0, currency: 'usd', invoices: [] };
  return {
    balance: customer.balance,
    currency: customer.currency ?? 'usd',
    invoices: invoices.data.map((i) => ({ id: i.id, total: i.total, status: i.status, created: i.created })),
  };
}
