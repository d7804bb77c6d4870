// case: a migration helper reads each account through a TypeORM QueryRunner before locking them
// category: transactions
// why: not reported: findOneBy goes through queryRunner.manager, one connection inside a started
//      transaction, so the reads stay in order
import { DataSource } from 'typeorm';
import { Account } from './entities/account';

export async function freezeAccounts(dataSource: DataSource, ids: number[]) {
  const queryRunner = dataSource.createQueryRunner();
  await queryRunner.connect();
  await queryRunner.startTransaction();
  try {
    const accounts: Account[] = [];
    for (const id of ids) {
      const account = await queryRunner.manager.findOneBy(Account, { id });
      if (account) accounts.push(account);
    }
    await queryRunner.manager.update(Account, accounts.map((a) => a.id), { frozen: true });
    await queryRunner.commitTransaction();
  } catch (err) {
    await queryRunner.rollbackTransaction();
    throw err;
  } finally {
    await queryRunner.release();
  }
}
