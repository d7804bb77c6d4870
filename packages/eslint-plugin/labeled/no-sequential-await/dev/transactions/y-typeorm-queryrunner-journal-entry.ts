// case: a ledger service posts a journal entry through a TypeORM QueryRunner, locking both accounts and reading the open period
// category: transactions
// why: the three finds go through `queryRunner.manager`, one connection inside a SERIALIZABLE transaction
//      with pessimistic locks taken in a fixed order; calls on one QueryRunner stay in order, so nothing here
//      is a group even though the three reads take unrelated ids
import type { DataSource } from 'typeorm';
import { AccountingPeriod, JournalLine, LedgerAccount } from '../entities';

export interface JournalEntryInput {
  debitAccountId: string;
  creditAccountId: string;
  amountCents: number;
  memo: string;
}

export async function postJournalEntry(dataSource: DataSource, entry: JournalEntryInput) {
  const queryRunner = dataSource.createQueryRunner();
  await queryRunner.connect();
  await queryRunner.startTransaction('SERIALIZABLE');
  try {
    const debit = await queryRunner.manager.findOne(LedgerAccount, {
      where: { id: entry.debitAccountId },
      lock: { mode: 'pessimistic_write' },
    });
    const credit = await queryRunner.manager.findOne(LedgerAccount, {
      where: { id: entry.creditAccountId },
      lock: { mode: 'pessimistic_write' },
    });
    const period = await queryRunner.manager.findOneBy(AccountingPeriod, { status: 'open' });
    if (!debit || !credit || !period) {
      throw new Error('unknown account or no open period');
    }
    await queryRunner.manager.insert(JournalLine, [
      { accountId: debit.id, periodId: period.id, debitCents: entry.amountCents, memo: entry.memo },
      { accountId: credit.id, periodId: period.id, creditCents: entry.amountCents, memo: entry.memo },
    ]);
    await queryRunner.commitTransaction();
    return { periodId: period.id };
  } catch (err) {
    await queryRunner.rollbackTransaction();
    throw err;
  } finally {
    await queryRunner.release();
  }
}
