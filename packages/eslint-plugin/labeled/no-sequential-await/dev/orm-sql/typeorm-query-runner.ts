// case: a TypeORM migration-style job reads two entities through one QueryRunner inside a transaction
// category: orm-sql
// why: the QueryRunner holds a single connection with an open transaction, so its manager's reads
//      run in order; the save and commit are awaited for their effect
import { DataSource } from 'typeorm';
import { Invoice } from './entities/invoice';
import { Customer } from './entities/customer';

export async function applyLateFee(dataSource: DataSource, invoiceId: string, feeCents: number) {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    const invoice = await runner.manager.findOneByOrFail(Invoice, { id: invoiceId });
    const customer = await runner.manager.findOneByOrFail(Customer, { id: invoice.customerId });

    invoice.totalCents += customer.feeWaived ? 0 : feeCents;
    await runner.manager.save(invoice);
    await runner.commitTransaction();
    return invoice;
  } catch (err) {
    await runner.rollbackTransaction();
    throw err;
  } finally {
    await runner.release();
  }
}
