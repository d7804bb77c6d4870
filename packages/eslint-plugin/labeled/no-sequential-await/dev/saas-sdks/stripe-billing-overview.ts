// case: a billing page reads the Stripe customer, subscriptions, invoices and payment methods
// category: saas-sdks
// why: retrieve and the three list calls are Stripe reads keyed by the same customer id and none
//      uses another's result; all four form one group
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function getBillingOverview(customerId: string) {
  const customer = /*@A*/ await stripe.customers.retrieve(customerId, { expand: ['invoice_settings.default_payment_method'] });
  const subscriptions = /*@A*/ await stripe.subscriptions.list({ customer: customerId, status: 'all', limit: 5 });
  const invoices: Stripe.ApiList<Stripe.Invoice> = /*@A*/ await stripe.invoices.list({ customer: customerId, limit: 12 });
  const paymentMethods = /*@A*/ await stripe.paymentMethods.list({ customer: customerId, type: 'card' });

  if (customer.deleted) {
    throw new Error(`customer ${customerId} was deleted`);
  }

  return {
    email: customer.email,
    subscriptions: subscriptions.data.map((s) => ({ id: s.id, status: s.status })),
    invoices: invoices.data.map((i) => ({ id: i.id, total: i.total, status: i.status, url: i.hosted_invoice_url })),
    cards: paymentMethods.data.map((pm) => `${pm.card?.brand} •••• ${pm.card?.last4}`),
  };
}
