// case: a NestJS service reads a user and their addresses through two injected TypeORM repositories
// category: orm-sql
// why: findOneBy and find on two repositories are independent reads with the same user id and no
//      transaction or shared connection, so they form one group
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { User } from './user.entity';
import { Address } from './address.entity';

@Injectable()
export class ProfileService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Address) private readonly addresses: Repository<Address>,
  ) {}

  async getProfile(userId: string) {
    const user: User | null = /*@A*/ await this.users.findOneBy({ id: userId });
    const addresses = /*@A*/ await this.addresses.find({
      where: { user: { id: userId } },
      order: { isDefault: 'DESC', createdAt: 'ASC' },
    });

    if (!user) throw new NotFoundException();
    return { id: user.id, name: user.displayName, addresses };
  }
}
