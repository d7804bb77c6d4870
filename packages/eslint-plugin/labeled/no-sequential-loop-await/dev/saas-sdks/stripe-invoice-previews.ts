// case: a pricing page shows the next invoice for each of a customer's subscriptions
// category: saas-sdks
// why: invoices.createPreview only previews (Stripe creates no invoice), so it is a read; each
//      subscription's preview is independent and is pushed into the list
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function upcomingTotals(customerId: string) {
  const subs = await stripe.subscriptions.list({ customer: customerId, status: 'active' });

  const previews: { subscription: string; total: number; currency: string }[] = [];
  /*@A*/ for (const sub of subs.data) {
    const invoice = await stripe.invoices.createPreview({ customer: customerId, subscription: sub.id });
    previews.push({ subscription: sub.id, total: invoice.total, currency: invoice.currency });
  }
  return previews;
}
