// case: a wallet service checks every source account inside an interactive transaction before moving funds
// category: transactions
// why: the reads in the loop go through `tx`, the handle of one interactive transaction (one
//      connection), so they stay in order even though each one only reads
import { Prisma, PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function consolidate(userId: string, sourceIds: string[], targetId: string) {
  return prisma.$transaction(
    async (tx) => {
      let total = new Prisma.Decimal(0);
      for (const id of sourceIds) {
        const account = await tx.account.findUniqueOrThrow({ where: { id, ownerId: userId } });
        total = total.plus(account.balance);
      }
      await tx.account.updateMany({ where: { id: { in: sourceIds } }, data: { balance: 0 } });
      await tx.account.update({ where: { id: targetId }, data: { balance: { increment: total } } });
      return total;
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.Serializable },
  );
}
