// case: a payout runs in an interactive Prisma transaction that first reads each source wallet
// category: transactions
// why: not reported: the reads go through `tx` inside $transaction, one connection whose
//      statements run in order; the writes after the loop rely on the same transaction
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function payout(walletIds: string[], payoutId: string) {
  return prisma.$transaction(async (tx) => {
    const balances: Record<string, number> = {};
    for (const id of walletIds) {
      const wallet = await tx.wallet.findUniqueOrThrow({ where: { id }, select: { balanceCents: true } });
      balances[id] = wallet.balanceCents;
    }
    const total = Object.values(balances).reduce((a, b) => a + b, 0);
    await tx.wallet.updateMany({ where: { id: { in: walletIds } }, data: { balanceCents: 0 } });
    return tx.payout.update({ where: { id: payoutId }, data: { amountCents: total, status: 'ready' } });
  });
}
