// case: a billing page loads the Stripe customer, their subscriptions and their recent invoices
// category: saas-sdks
// why: retrieve and the two list calls are reads that all take the customer id given to the
//      function; none uses another's result and nothing is written in between
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { maxNetworkRetries: 2 });

export async function getBillingOverview(customerId: string) {
  const customer = /*@A*/ await stripe.customers.retrieve(customerId, {
    expand: ['invoice_settings.default_payment_method'],
  });
  const subscriptions = /*@A*/ await stripe.subscriptions.list({ customer: customerId, status: 'all', limit: 5 });
  const invoices = /*@A*/ await stripe.invoices.list({ customer: customerId, limit: 12 });

  if (customer.deleted) {
    return null;
  }

  return {
    email: customer.email,
    paymentMethod: customer.invoice_settings.default_payment_method,
    active: subscriptions.data.filter((s) => s.status === 'active'),
    invoices: invoices.data.map((i) => ({ id: i.id, total: i.total, paid: i.status === 'paid' })),
  };
}
