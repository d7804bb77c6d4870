// case: a NestJS service moves credits between two wallets inside a @Transactional() method
// category: http-handlers
// why: every repository call runs in the transaction the decorator opened, so the two wallet reads
//      stay in order; the saves are writes awaited for their effect
import { Injectable, BadRequestException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Transactional } from 'typeorm-transactional';
import { Wallet } from './wallet.entity';
import { Transfer } from './transfer.entity';

@Injectable()
export class TransfersService {
  constructor(
    @InjectRepository(Wallet) private readonly wallets: Repository<Wallet>,
    @InjectRepository(Transfer) private readonly transfers: Repository<Transfer>,
  ) {}

  @Transactional()
  async transfer(fromId: string, toId: string, amount: number): Promise<Transfer> {
    const from = await this.wallets.findOneByOrFail({ id: fromId });
    const to = await this.wallets.findOneByOrFail({ id: toId });
    if (from.balance < amount) {
      throw new BadRequestException('insufficient balance');
    }

    from.balance -= amount;
    to.balance += amount;
    await this.wallets.save([from, to]);
    return this.transfers.save(this.transfers.create({ from, to, amount }));
  }
}
