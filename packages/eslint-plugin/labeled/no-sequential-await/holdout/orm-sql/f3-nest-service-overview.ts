// case: a NestJS service method builds an account overview from two repositories and a service
// category: orm-sql
// why: the user, the preferences and the unread count are each looked up by the userId argument and
//      none reads another's result; the method is not transactional and the not-found check comes
//      after all three
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { User } from './entities/user.entity';
import { Preferences } from './entities/preferences.entity';
import { NotificationsService } from '../notifications/notifications.service';

export interface AccountOverview {
  id: string;
  name: string;
  avatarUrl: string | null;
  theme: 'light' | 'dark' | 'system';
  unreadNotifications: number;
}

@Injectable()
export class AccountService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Preferences) private readonly prefs: Repository<Preferences>,
    private readonly notifications: NotificationsService,
  ) {}

  async getOverview(userId: string): Promise<AccountOverview> {
    const user = /*@A*/ await this.users.findOne({ where: { id: userId }, relations: { avatar: true } });
    const preferences: Preferences | null = /*@A*/ await this.prefs.findOneBy({ userId });
    const unread = /*@A*/ await this.notifications.countUnread(userId);
    if (!user) {
      throw new NotFoundException(`user ${userId} not found`);
    }
    return {
      id: user.id,
      name: user.displayName,
      avatarUrl: user.avatar?.url ?? null,
      theme: preferences?.theme ?? 'system',
      unreadNotifications: unread,
    };
  }
}
