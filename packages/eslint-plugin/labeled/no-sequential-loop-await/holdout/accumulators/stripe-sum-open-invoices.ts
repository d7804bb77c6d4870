// case: a collections dashboard sums the open invoice amounts of each delinquent customer
// category: accumulators
// why: `outstanding` is a running total, but no call receives it and nothing decides on it inside the
//      loop; each iteration only lists its own customer's open invoices, so the reads are independent
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function outstandingBalance(customerIds: string[]) {
  let outstanding = 0;
  const perCustomer: Record<string, number> = {};

  /*@A*/ for (const customer of customerIds) {
    const invoices = await stripe.invoices.list({ customer, status: 'open', limit: 100 });
    const due = invoices.data.reduce((sum, invoice) => sum + invoice.amount_remaining, 0);
    perCustomer[customer] = due;
    outstanding += due;
  }

  return { outstanding, perCustomer, currency: 'usd' };
}
