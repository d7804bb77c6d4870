// case: a NestJS service builds an account overview from three injected TypeORM repositories
// category: orm-sql
// why: the repositories run on the pooled data source (no transaction, no query runner); the three reads
//      only take userId and the date computed before them, and none reads another's result
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThan, Repository } from 'typeorm';
import { Address } from './address.entity';
import { Order } from './order.entity';
import { Subscription } from './subscription.entity';

@Injectable()
export class AccountOverviewService {
  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    @InjectRepository(Address) private readonly addresses: Repository<Address>,
    @InjectRepository(Subscription) private readonly subscriptions: Repository<Subscription>,
  ) {}

  async getOverview(userId: string) {
    const since = new Date(Date.now() - 90 * 24 * 60 * 60 * 1000);
    const recentOrders = /*@A*/ await this.orders.find({
      where: { userId, createdAt: MoreThan(since) },
      order: { createdAt: 'DESC' },
      take: 10,
    });
    const defaultAddress = /*@A*/ await this.addresses.findOneBy({ userId, isDefault: true });
    const subscription = /*@A*/ await this.subscriptions.findOne({
      where: { userId, status: 'active' },
      relations: { plan: true },
    });
    return { recentOrders, defaultAddress, subscription };
  }
}
