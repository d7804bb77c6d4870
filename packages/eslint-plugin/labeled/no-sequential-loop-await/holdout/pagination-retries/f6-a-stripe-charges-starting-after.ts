// case: a nightly export pages through Stripe charges with starting_after, up to a page cap
// category: pagination-retries
// why: each iteration's charges.list needs the starting_after cursor set by the previous iteration, and
//      the loop breaks when has_more is false. Pages cannot be requested together: not a report.
import Stripe from 'stripe';
import { writeCsvRows } from '../export/csv';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const MAX_PAGES = 200;

export async function exportCharges(since: Date) {
  const rows: string[][] = [];
  let startingAfter: string | undefined;

  for (let page = 0; page < MAX_PAGES; page++) {
    const res = await stripe.charges.list({
      limit: 100,
      created: { gte: Math.floor(since.getTime() / 1000) },
      starting_after: startingAfter,
    });
    for (const charge of res.data) {
      rows.push([charge.id, String(charge.amount), charge.currency, charge.status, charge.customer as string]);
    }
    if (!res.has_more) break;
    startingAfter = res.data[res.data.length - 1].id;
  }

  return writeCsvRows(`charges-${since.toISOString().slice(0, 10)}.csv`, rows);
}
