// case: a service confirms a PaymentIntent with an idempotency key, re-reads it with its charge expanded and books it in the ledger
// category: saas-sdks
// why: the order read is a guard for what follows (status check throws). confirm is a payment awaited
//      for its effect, so no group crosses it. The retrieve reads the very PaymentIntent that was just
//      confirmed (same resource right after a write). ledger.append is a write using the retrieve's
//      result. Nothing here can run together: a negative case.
import Stripe from 'stripe';
import { ledger } from '../ledger';
import { orders } from '../orders/repository';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function confirmOrderPayment(orderId: string, paymentIntentId: string, paymentMethodId: string) {
  const order = await orders.findById(orderId);
  if (order.status !== 'awaiting_payment') {
    throw new Error(`order ${orderId} is ${order.status}`);
  }

  await stripe.paymentIntents.confirm(
    paymentIntentId,
    { payment_method: paymentMethodId, return_url: `${process.env.APP_URL}/orders/${orderId}` },
    { idempotencyKey: `confirm-${orderId}` },
  );

  const intent = await stripe.paymentIntents.retrieve(paymentIntentId, { expand: ['latest_charge'] });
  const charge = intent.latest_charge as Stripe.Charge | null;

  await ledger.append({
    orderId,
    kind: 'card_payment',
    amountMinor: intent.amount_received,
    currency: intent.currency,
    externalId: charge?.id ?? intent.id,
  });

  return intent.status;
}
