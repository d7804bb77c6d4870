// case: a TypeORM wallet top-up through a QueryRunner with manual transaction control
// category: transactions
// why: everything after createQueryRunner goes through one connection in one transaction: the
//      locked wallet read and the daily-total sum do not use each other but share the runner; the
//      saves and the commit follow them; rollback and release run in catch and finally. No group
import { Injectable, BadRequestException } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { DataSource, MoreThan } from 'typeorm';
import { startOfDay } from 'date-fns';
import { Wallet } from './wallet.entity';
import { WalletEntry } from './wallet-entry.entity';

const DAILY_LIMIT = 5_000_00;

@Injectable()
export class WalletService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventEmitter2,
  ) {}

  async topUp(walletId: string, amount: number) {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction('REPEATABLE READ');
    try {
      const wallet = await runner.manager.findOneOrFail(Wallet, {
        where: { id: walletId },
        lock: { mode: 'pessimistic_write' },
      });
      const today = await runner.manager.sum(WalletEntry, 'amount', {
        walletId,
        createdAt: MoreThan(startOfDay(new Date())),
      });
      if ((today ?? 0) + amount > DAILY_LIMIT) {
        throw new BadRequestException('daily top-up limit reached');
      }

      wallet.balance += amount;
      await runner.manager.save(wallet);
      const entry = await runner.manager.save(runner.manager.create(WalletEntry, { walletId, amount }));
      await runner.commitTransaction();

      this.events.emit('wallet.topped-up', { walletId, entryId: entry.id });
      return entry;
    } catch (err) {
      await runner.rollbackTransaction();
      throw err;
    } finally {
      await runner.release();
    }
  }
}
