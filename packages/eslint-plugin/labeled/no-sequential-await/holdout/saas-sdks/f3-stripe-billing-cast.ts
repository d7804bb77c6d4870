// case: a billing summary reads the Stripe customer (cast with as), the upcoming invoice and the subscriptions
// category: saas-sdks
// why: retrieve, retrieveUpcoming and list are reads keyed by the customerId argument; none uses another's
//      result, and the cast and destructuring only shape each value
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export type BillingSummary = {
  email: string | null;
  nextAmountDue: number;
  nextPaymentAt: number | null;
  activePlans: string[];
};

export async function getBillingSummary(customerId: string): Promise<BillingSummary> {
  const customer = (/*@A*/ await stripe.customers.retrieve(customerId, {
    expand: ['invoice_settings.default_payment_method'],
  })) as Stripe.Customer;
  const upcoming = /*@A*/ await stripe.invoices.retrieveUpcoming({ customer: customerId });
  const { data: subscriptions } = /*@A*/ await stripe.subscriptions.list({
    customer: customerId,
    status: 'active',
    limit: 10,
  });

  return {
    email: customer.email,
    nextAmountDue: upcoming.amount_due,
    nextPaymentAt: upcoming.next_payment_attempt,
    activePlans: subscriptions.flatMap((s) => s.items.data.map((i) => i.price.nickname ?? i.price.id)),
  };
}
