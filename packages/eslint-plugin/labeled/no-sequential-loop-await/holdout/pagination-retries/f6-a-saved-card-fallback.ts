// case: an off-session renewal tries the customer's saved cards one by one until a PaymentIntent succeeds
// category: pagination-retries
// why: each iteration creates and confirms a PaymentIntent (a charge, a write), and the loop returns on
//      the first success: trying the cards together could charge the customer several times. Not a report.
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function chargeRenewal(customerId: string, amount: number, currency: string, renewalId: string) {
  const methods = await stripe.customers.listPaymentMethods(customerId, { type: 'card' });
  const failures: string[] = [];

  for (const pm of methods.data) {
    try {
      const intent = await stripe.paymentIntents.create(
        { customer: customerId, amount, currency, payment_method: pm.id, off_session: true, confirm: true },
        { idempotencyKey: `renewal-${renewalId}-${pm.id}` },
      );
      if (intent.status === 'succeeded') return { paid: true, paymentIntentId: intent.id, paymentMethodId: pm.id };
      failures.push(`${pm.id}: ${intent.status}`);
    } catch (err) {
      if (err instanceof Stripe.errors.StripeCardError) {
        failures.push(`${pm.id}: ${err.decline_code ?? err.code}`);
        continue;
      }
      throw err;
    }
  }

  return { paid: false, failures };
}
