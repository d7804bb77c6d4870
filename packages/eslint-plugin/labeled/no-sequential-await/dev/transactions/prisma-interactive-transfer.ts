// case: a money transfer reads both accounts and moves the balance inside a Prisma interactive transaction
// category: transactions
// why: every call goes through the `tx` client of one $transaction callback, so the two account
//      reads stay in order with the updates after them
import { Prisma, PrismaClient } from '@prisma/client';

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
      return tx.transfer.create({ data: { fromId, toId, amount } });
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.Serializable },
  );
}
