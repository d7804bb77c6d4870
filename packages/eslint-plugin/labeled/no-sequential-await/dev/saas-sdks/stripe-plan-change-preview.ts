// case: a plan-change dialog previews the prorated invoice and reads the current and new prices
// category: saas-sdks
// why: invoices.createPreview only computes a preview and creates no invoice, and the two retrieves
//      are reads; the subscription item id comes from our own DB row, so the three are independent
import Stripe from 'stripe';
import { db } from '../db';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function previewPlanChange(accountId: string, newPriceId: string) {
  const account = await db.account.findUniqueOrThrow({ where: { id: accountId } });
  const prorationDate = Math.floor(Date.now() / 1000);

  const preview = /*@A*/ await stripe.invoices.createPreview({
    customer: account.stripeCustomerId,
    subscription: account.stripeSubscriptionId,
    subscription_details: {
      items: [{ id: account.stripeSubscriptionItemId, price: newPriceId }],
      proration_behavior: 'always_invoice',
      proration_date: prorationDate,
    },
  });
  const currentPrice = /*@A*/ await stripe.prices.retrieve(account.stripePriceId, { expand: ['product'] });
  const newPrice = /*@A*/ await stripe.prices.retrieve(newPriceId, { expand: ['product'] });

  return {
    amountDue: preview.amount_due,
    currency: preview.currency,
    from: (currentPrice.product as Stripe.Product).name,
    to: (newPrice.product as Stripe.Product).name,
    prorationDate,
  };
}
