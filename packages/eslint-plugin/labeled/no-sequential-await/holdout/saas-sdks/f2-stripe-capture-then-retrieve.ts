// case: fulfilling an order captures the PaymentIntent, retrieves it with the charge expanded, and emails a receipt
// category: saas-sdks
// why: retrieve reads the same PaymentIntent that capture just changed (its latest_charge and status
//      exist only after the capture), so it stays after it although it takes no value from it; the
//      Resend send is a write that uses both results
import Stripe from 'stripe';
import { Resend } from 'resend';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const resend = new Resend(process.env.RESEND_API_KEY);

export async function fulfilOrder(paymentIntentId: string, orderId: string) {
  const captured = await stripe.paymentIntents.capture(paymentIntentId);
  const intent = await stripe.paymentIntents.retrieve(paymentIntentId, {
    expand: ['latest_charge.balance_transaction'],
  });

  const charge = intent.latest_charge as Stripe.Charge;
  const fee = (charge.balance_transaction as Stripe.BalanceTransaction).fee;

  await resend.emails.send({
    from: 'Shop <orders@shop.example>',
    to: charge.billing_details.email!,
    subject: `Receipt for order ${orderId}`,
    html: `<p>We received ${(captured.amount_received / 100).toFixed(2)} ${captured.currency.toUpperCase()}.</p>
           <p><a href="${charge.receipt_url}">View receipt</a></p>`,
  });

  return { status: captured.status, fee };
}
