// case: a payout splits an amount across currency wallets, converting what is left after each wallet
// category: accumulators
// why: every quote call receives `remaining`, which the previous iteration reduced by what it used;
//      the iterations form a chain
import { wise } from './wise-client';

interface Wallet {
  currency: string;
  capacity: number;
}

export async function planPayout(amountEur: number, wallets: Wallet[]) {
  let remaining = amountEur;
  const plan: Array<{ currency: string; sourceEur: number; target: number }> = [];
  for (const wallet of wallets) {
    if (remaining <= 0) continue;
    const quote = await wise.quotes.get({ source: 'EUR', target: wallet.currency, sourceAmount: remaining });
    const target = Math.min(quote.targetAmount, wallet.capacity);
    const sourceEur = target / quote.rate;
    plan.push({ currency: wallet.currency, sourceEur, target });
    remaining -= sourceEur;
  }
  return { plan, unallocated: remaining };
}
