// case: previewing the next invoice of each active subscription with Stripe, and adding one-off invoice items before invoicing
// category: saas-sdks
// why: upcomingTotals loops over the subscriptions listed before it; each iteration calls
//      stripe.invoices.createPreview for its subscription, which computes a preview and creates
//      nothing, so it is a read, and pushes the total (A). addCharges creates an invoice item per
//      charge: writes, so it is not reported
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function upcomingTotals(customerId: string) {
  const { data: subscriptions } = await stripe.subscriptions.list({
    customer: customerId,
    status: 'active',
    limit: 100,
  });
  const totals: { subscriptionId: string; amountDue: number; currency: string; periodEnd: number }[] = [];
  /*@A*/ for (const sub of subscriptions) {
    const preview = await stripe.invoices.createPreview({ customer: customerId, subscription: sub.id });
    totals.push({
      subscriptionId: sub.id,
      amountDue: preview.amount_due,
      currency: preview.currency,
      periodEnd: preview.period_end,
    });
  }
  return totals;
}

export async function addCharges(customerId: string, charges: { description: string; amountCents: number }[]) {
  for (const charge of charges) {
    await stripe.invoiceItems.create({
      customer: customerId,
      amount: charge.amountCents,
      currency: 'usd',
      description: charge.description,
    });
  }
  const invoice = await stripe.invoices.create({
    customer: customerId,
    pending_invoice_items_behavior: 'include',
    auto_advance: true,
  });
  return invoice.id;
}
