// case: upgrading a Stripe subscription reads customer, subscription and new price, updates the subscription, then reads the resulting invoice and items
// category: saas-sdks
// why: group A: customers.retrieve, subscriptions.retrieve and prices.retrieve take only the arguments.
//      The checks after them use the results but come after the whole group. subscriptions.update is a
//      write that needs the subscription's item id, so it is no member. Group B: invoices.retrieve needs
//      the update's latest_invoice and subscriptionItems.list reads the subscription just written; both
//      must follow the update but do not use each other.
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function upgradeSubscription(customerId: string, subscriptionId: string, newPriceId: string) {
  const customer = /*@A*/ await stripe.customers.retrieve(customerId);
  const subscription = /*@A*/ await stripe.subscriptions.retrieve(subscriptionId);
  const price = /*@A*/ await stripe.prices.retrieve(newPriceId, { expand: ['product'] });

  if (customer.deleted) throw new Error(`customer ${customerId} was deleted`);
  if (price.currency !== subscription.currency) throw new Error('cannot switch currency mid-subscription');

  const updated = await stripe.subscriptions.update(
    subscriptionId,
    {
      items: [{ id: subscription.items.data[0].id, price: newPriceId }],
      proration_behavior: 'always_invoice',
      payment_behavior: 'error_if_incomplete',
    },
    { idempotencyKey: `upgrade-${subscriptionId}-${newPriceId}` },
  );

  const invoice = /*@B*/ await stripe.invoices.retrieve(updated.latest_invoice as string);
  const items = /*@B*/ await stripe.subscriptionItems.list({ subscription: subscriptionId });

  return {
    status: updated.status,
    charged: invoice.amount_paid,
    plan: (price.product as Stripe.Product).name,
    seats: items.data.reduce((n, i) => n + (i.quantity ?? 0), 0),
  };
}
