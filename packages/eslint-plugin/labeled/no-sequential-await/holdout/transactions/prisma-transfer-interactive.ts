// case: a wallet transfer reads both accounts, checks funds and moves money inside a Prisma interactive transaction
// category: transactions
// why: every call goes through the tx handle of one interactive transaction, which runs its queries on one
//      connection in order, so the two account reads stay sequential too
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function transfer(fromId: string, toId: string, amountCents: number) {
  return prisma.$transaction(
    async (tx) => {
      const from = await tx.account.findUniqueOrThrow({ where: { id: fromId } });
      const to = await tx.account.findUniqueOrThrow({ where: { id: toId } });

      if (from.currency !== to.currency) throw new Error('currency mismatch');
      if (from.balanceCents < amountCents) throw new Error('insufficient funds');

      await tx.account.update({ where: { id: fromId }, data: { balanceCents: { decrement: amountCents } } });
      await tx.account.update({ where: { id: toId }, data: { balanceCents: { increment: amountCents } } });

      return tx.transfer.create({ data: { fromId, toId, amountCents, currency: from.currency } });
    },
    { isolationLevel: 'Serializable', timeout: 10_000 },
  );
}
