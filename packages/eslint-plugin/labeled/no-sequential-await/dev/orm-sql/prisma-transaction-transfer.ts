// case: a Prisma interactive transaction reads two accounts and moves money between them
// category: orm-sql
// why: every call uses the tx handle of one interactive transaction, which runs its queries one
//      at a time and in order, so the two reads must stay sequential
import { PrismaClient, Prisma } from '@prisma/client';

const prisma = new PrismaClient();

export async function transfer(fromId: string, toId: string, amount: Prisma.Decimal) {
  return prisma.$transaction(
    async (tx) => {
      const from = await tx.account.findUniqueOrThrow({ where: { id: fromId } });
      const to = await tx.account.findUniqueOrThrow({ where: { id: toId } });
      if (from.currency !== to.currency) throw new Error('currency mismatch');
      if (from.balance.lessThan(amount)) throw new Error('insufficient funds');

      await tx.account.update({ where: { id: fromId }, data: { balance: { decrement: amount } } });
      await tx.account.update({ where: { id: toId }, data: { balance: { increment: amount } } });
      return tx.ledgerEntry.create({ data: { fromId, toId, amount } });
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.Serializable },
  );
}
