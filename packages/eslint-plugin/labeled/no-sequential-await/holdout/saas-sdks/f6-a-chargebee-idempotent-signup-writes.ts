// case: a signup flow creates a Chargebee subscription and a one-off setup-fee invoice with idempotency keys, then comments on the subscription
// category: saas-sdks
// why: the subscription create and the setup-fee invoice do not use each other's result, but both are
//      billing writes: the invoice must not be issued if the subscription create fails, so they stay in
//      order. The comment is a write that needs the subscription id. No await is a member: a negative case.
import Chargebee from 'chargebee';

const chargebee = new Chargebee({ site: process.env.CHARGEBEE_SITE!, apiKey: process.env.CHARGEBEE_API_KEY! });

export async function startPaidPlan(opts: {
  customerId: string;
  planPriceId: string;
  setupFeePriceId: string;
  requestId: string;
}) {
  const { subscription } = await chargebee.subscription.createWithItems(
    opts.customerId,
    { subscription_items: [{ item_price_id: opts.planPriceId, quantity: 1 }], auto_collection: 'on' },
    { 'chargebee-idempotency-key': `${opts.requestId}:subscription` },
  );

  const { invoice } = await chargebee.invoice.createForChargeItemsAndCharges(
    { customer_id: opts.customerId, item_prices: [{ item_price_id: opts.setupFeePriceId, quantity: 1 }] },
    { 'chargebee-idempotency-key': `${opts.requestId}:setup-fee` },
  );

  await chargebee.comment.create({
    entity_type: 'subscription',
    entity_id: subscription.id,
    notes: `Setup fee billed on invoice ${invoice.id}`,
  });

  return { subscriptionId: subscription.id, setupInvoiceId: invoice.id, status: subscription.status };
}
