// case: a NestJS service method marked @Transactional() locks two accounts, then moves money between them
// category: transactions
// why: everything in a @Transactional() method runs on the one transaction connection, and the two
//      pessimistic-lock reads must take their row locks in order; the writes are ordered effects
import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Transactional } from 'typeorm-transactional';
import { Account } from './account.entity';
import { LedgerEntry } from './ledger-entry.entity';

@Injectable()
export class TransferService {
  constructor(
    @InjectRepository(Account) private readonly accounts: Repository<Account>,
    @InjectRepository(LedgerEntry) private readonly ledger: Repository<LedgerEntry>,
  ) {}

  @Transactional()
  async transfer(fromId: string, toId: string, amountCents: number) {
    const from = await this.accounts.findOne({ where: { id: fromId }, lock: { mode: 'pessimistic_write' } });
    const to = await this.accounts.findOne({ where: { id: toId }, lock: { mode: 'pessimistic_write' } });
    if (!from || !to) throw new NotFoundException('Account not found');
    if (from.balanceCents < amountCents) throw new BadRequestException('Insufficient funds');

    await this.accounts.decrement({ id: fromId }, 'balanceCents', amountCents);
    await this.accounts.increment({ id: toId }, 'balanceCents', amountCents);
    await this.ledger.insert({ fromAccountId: fromId, toAccountId: toId, amountCents });
    return { fromBalance: from.balanceCents - amountCents };
  }
}
