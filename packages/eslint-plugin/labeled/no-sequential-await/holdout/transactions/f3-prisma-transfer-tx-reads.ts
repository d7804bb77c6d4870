// case: a wallet transfer reads both wallets inside a Prisma interactive transaction, then moves the money
// category: transactions
// why: both reads go through the tx handle of a serializable interactive transaction, which runs its
//      queries one after another on one connection; they look independent but stay in order
import { prisma } from '../db';

export async function transfer(fromId: string, toId: string, amountCents: number) {
  if (fromId === toId) throw new Error('cannot transfer to the same wallet');

  return prisma.$transaction(
    async (tx) => {
      const from = await tx.wallet.findUniqueOrThrow({ where: { id: fromId } });
      const to = await tx.wallet.findUniqueOrThrow({ where: { id: toId } });

      if (from.currency !== to.currency) throw new Error('currency mismatch');
      if (from.balanceCents < amountCents) throw new Error('insufficient funds');

      await tx.wallet.update({ where: { id: fromId }, data: { balanceCents: { decrement: amountCents } } });
      await tx.wallet.update({ where: { id: toId }, data: { balanceCents: { increment: amountCents } } });
      return tx.transfer.create({ data: { fromId, toId, amountCents } });
    },
    { isolationLevel: 'Serializable', timeout: 10_000 },
  );
}
