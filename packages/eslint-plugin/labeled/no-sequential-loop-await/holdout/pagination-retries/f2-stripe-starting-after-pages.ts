// case: a reconciliation script pages through Stripe balance transactions to sum the fees
// category: pagination-retries
// why: each request takes `starting_after` from the last item of the previous page, and the loop
//      breaks when has_more is false: the iterations form a cursor chain
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function feesSince(since: Date, maxPages = 50) {
  let startingAfter: string | undefined;
  let feeCents = 0;
  let count = 0;
  for (let page = 0; page < maxPages; page++) {
    const list = await stripe.balanceTransactions.list({
      created: { gte: Math.floor(since.getTime() / 1000) },
      limit: 100,
      starting_after: startingAfter,
    });
    for (const txn of list.data) {
      feeCents += txn.fee;
      count++;
    }
    if (!list.has_more || list.data.length === 0) break;
    startingAfter = list.data[list.data.length - 1].id;
  }
  return { fees: feeCents / 100, transactions: count };
}
