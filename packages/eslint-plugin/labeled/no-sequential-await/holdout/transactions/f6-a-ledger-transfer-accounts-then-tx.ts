// case: a wallet transfer reads both ledger accounts, then posts a double entry inside a serializable Prisma transaction
// category: transactions
// why: the two findUniqueOrThrow reads outside the transaction take only the ids from the arguments and
//      use nothing of each other: group A. Every await inside the $transaction callback goes through the
//      tx handle and must stay in order (idempotency check, then the transfer row, entries and balance
//      updates that use it), so none of those is a member.
import { prisma } from '../db/prisma';

export async function transfer(fromId: string, toId: string, amountMinor: bigint, idempotencyKey: string) {
  const source = /*@A*/ await prisma.ledgerAccount.findUniqueOrThrow({ where: { id: fromId } });
  const target = /*@A*/ await prisma.ledgerAccount.findUniqueOrThrow({ where: { id: toId } });
  if (source.currency !== target.currency) {
    throw new Error(`currency mismatch ${source.currency} -> ${target.currency}`);
  }

  return prisma.$transaction(
    async (tx) => {
      const existing = await tx.ledgerTransfer.findUnique({ where: { idempotencyKey } });
      if (existing) return existing;

      const transfer = await tx.ledgerTransfer.create({
        data: { idempotencyKey, fromId, toId, amountMinor, currency: source.currency },
      });
      await tx.ledgerEntry.create({ data: { transferId: transfer.id, accountId: fromId, amountMinor: -amountMinor } });
      await tx.ledgerEntry.create({ data: { transferId: transfer.id, accountId: toId, amountMinor } });

      const debited = await tx.ledgerAccount.update({
        where: { id: fromId },
        data: { balanceMinor: { decrement: amountMinor } },
      });
      if (debited.balanceMinor < 0n) throw new Error('insufficient funds');

      await tx.ledgerAccount.update({ where: { id: toId }, data: { balanceMinor: { increment: amountMinor } } });
      return transfer;
    },
    { isolationLevel: 'Serializable' },
  );
}
