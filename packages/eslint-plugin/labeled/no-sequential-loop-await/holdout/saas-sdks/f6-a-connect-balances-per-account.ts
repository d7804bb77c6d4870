// case: a treasury report reads the Stripe balance of every payout-enabled Connect account
// category: saas-sdks
// why: the loop runs over an array loaded before it; each iteration awaits balance.retrieve for its own
//      account (a read), pushes a row and never stops early. No iteration uses another's result, so
//      the balances could all be fetched together: one report.
import Stripe from 'stripe';
import { db } from '../db/client';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

const usd = (funds: Stripe.Balance.Available[]) =>
  funds.filter((f) => f.currency === 'usd').reduce((sum, f) => sum + f.amount, 0);

export async function platformLiquidity() {
  const accounts = await db.connectedAccount.findMany({
    where: { payoutsEnabled: true },
    select: { stripeAccountId: true, name: true },
  });

  const rows: Array<{ name: string; available: number; pending: number }> = [];
  /*@A*/ for (const account of accounts) {
    const balance = await stripe.balance.retrieve({}, { stripeAccount: account.stripeAccountId });
    rows.push({ name: account.name, available: usd(balance.available), pending: usd(balance.pending) });
  }

  return rows.sort((a, b) => b.available - a.available);
}
