// case: a Drizzle money transfer inside db.transaction, then the fresh balances for the response
// category: transactions
// why: inside the transaction callback every tx call stays in order (row locks, balance check,
//      two updates, a ledger insert). After it has committed, the two balance reads go through
//      the pool, each keyed by its own account id, and neither uses the other (A); they read
//      rows the transaction just wrote, so the transaction await is not a member
import { eq, sql } from 'drizzle-orm';
import { db } from '@/db';
import { accounts, ledgerEntries } from '@/db/schema';

export class InsufficientFunds extends Error {}

export async function transfer(fromId: string, toId: string, amountCents: number, memo: string) {
  const entryId = await db.transaction(async (tx) => {
    const [from] = await tx.select().from(accounts).where(eq(accounts.id, fromId)).for('update');
    const [to] = await tx.select().from(accounts).where(eq(accounts.id, toId)).for('update');
    if (!from || !to) throw new Error('account not found');
    if (from.balanceCents < amountCents) throw new InsufficientFunds();

    await tx
      .update(accounts)
      .set({ balanceCents: sql`${accounts.balanceCents} - ${amountCents}` })
      .where(eq(accounts.id, fromId));
    await tx
      .update(accounts)
      .set({ balanceCents: sql`${accounts.balanceCents} + ${amountCents}` })
      .where(eq(accounts.id, toId));
    const [entry] = await tx
      .insert(ledgerEntries)
      .values({ fromId, toId, amountCents, memo })
      .returning({ id: ledgerEntries.id });
    return entry.id;
  });

  const sender = /*@A*/ await db.query.accounts.findFirst({
    where: eq(accounts.id, fromId),
    columns: { id: true, balanceCents: true, currency: true },
  });
  const receiver = /*@A*/ await db.query.accounts.findFirst({
    where: eq(accounts.id, toId),
    columns: { id: true, balanceCents: true, currency: true },
  });

  return { entryId, sender, receiver };
}
