// case: a billing page loads the Stripe customer, the last invoices and a preview of the next invoice
// category: saas-sdks
// why: customers.retrieve, invoices.list and invoices.createPreview are all reads (createPreview creates
//      nothing that is read back later); they take ids stored on the account, not each other's results
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

type Account = { stripeCustomerId: string; stripeSubscriptionId: string };

export async function getBillingOverview(account: Account) {
  const customer = /*@A*/ await stripe.customers.retrieve(account.stripeCustomerId, {
    expand: ['invoice_settings.default_payment_method'],
  });
  const invoices = /*@A*/ await stripe.invoices.list({ customer: account.stripeCustomerId, limit: 12 });
  const upcoming = /*@A*/ await stripe.invoices.createPreview({
    customer: account.stripeCustomerId,
    subscription: account.stripeSubscriptionId,
  });

  if (customer.deleted) return null;

  const pm = customer.invoice_settings.default_payment_method;
  return {
    email: customer.email,
    card: typeof pm === 'object' && pm?.card ? `${pm.card.brand} •••• ${pm.card.last4}` : null,
    history: invoices.data.map((i) => ({ id: i.id, total: i.total, status: i.status, pdf: i.invoice_pdf })),
    next: { amount: upcoming.amount_due, date: upcoming.next_payment_attempt },
  };
}
