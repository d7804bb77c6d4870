// case: a platform dashboard loads a Connect account, its balance and its latest payouts before saving a snapshot
// category: saas-sdks
// why: accounts.retrieve, balance.retrieve and payouts.list each take only the connected account id
//      from the argument and read from Stripe; none uses another's result, so the three are one group.
//      The snapshot upsert is a write awaited for its effect, uses all three results and is no member.
import Stripe from 'stripe';
import { db } from '../db/client';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2025-08-27.basil' });

const sumMinor = (amounts: Stripe.Balance.Available[]) =>
  amounts.filter((a) => a.currency === 'usd').reduce((total, a) => total + a.amount, 0);

export async function getConnectOverview(accountId: string) {
  const account = /*@A*/ await stripe.accounts.retrieve(accountId);
  const balance = /*@A*/ await stripe.balance.retrieve({}, { stripeAccount: accountId });
  const payouts = /*@A*/ await stripe.payouts.list({ limit: 10 }, { stripeAccount: accountId });

  const snapshot = {
    accountId,
    displayName: account.business_profile?.name ?? account.email ?? accountId,
    chargesEnabled: account.charges_enabled,
    availableUsd: sumMinor(balance.available),
    pendingUsd: sumMinor(balance.pending),
    lastPayoutAt: payouts.data[0]?.arrival_date ?? null,
  };

  await db.connectSnapshot.upsert({
    where: { accountId },
    create: snapshot,
    update: snapshot,
  });

  return { ...snapshot, payouts: payouts.data.map((p) => ({ id: p.id, amount: p.amount, status: p.status })) };
}
