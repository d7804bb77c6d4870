// case: a support tool refunds every charge of an order that the customer disputed
// category: saas-sdks
// why: not reported: stripe.refunds.create moves money, a write per charge; the retrieve before it
//      is a read, but the iteration as a whole must not start before the previous refund settled
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function refundCharges(chargeIds: string[], reason: Stripe.RefundCreateParams.Reason) {
  const refunds: Stripe.Refund[] = [];
  for (const chargeId of chargeIds) {
    const charge = await stripe.charges.retrieve(chargeId);
    if (charge.refunded) continue;
    const refund = await stripe.refunds.create(
      { charge: chargeId, reason, metadata: { source: 'support-console' } },
      { idempotencyKey: `refund-${chargeId}` },
    );
    refunds.push(refund);
  }
  return refunds;
}
