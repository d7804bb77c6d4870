// case: a marketplace captures a held payment and then reports the platform's available balance
// category: saas-sdks
// why: the capture moves money on the same Stripe account the balance read reports, so the balance
//      must be read after it; the charge retrieve uses the captured intent's latest_charge. Once the
//      capture is done, the balance and the charge reads need nothing of each other: one group
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function captureBooking(paymentIntentId: string, amountToCapture: number) {
  const intent = await stripe.paymentIntents.capture(paymentIntentId, {
    amount_to_capture: amountToCapture,
  });
  const balance = /*@A*/ await stripe.balance.retrieve();
  const charge = /*@A*/ await stripe.charges.retrieve(intent.latest_charge as string);

  return {
    status: intent.status,
    receiptUrl: charge.receipt_url,
    available: balance.available.map((b) => ({ currency: b.currency, amount: b.amount })),
  };
}
