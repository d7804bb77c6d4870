// case: a NestJS + MikroORM invitation service: team overview, accepting an invite, resending one
// category: orm-sql
// why: overview reads the pending invitations, the seat count and the team by the same team id,
//      none using another (A). accept runs inside em.transactional with a pessimistic lock, so
//      its reads stay in order. resend flushes the unit of work (a write to invitations), then
//      counts invitations, the table just written; the mail send is awaited for its effect
import { Injectable } from '@nestjs/common';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { startOfToday } from 'date-fns';
import { Invitation, Membership, Team, User } from './entities';
import { MailService } from '../mail/mail.service';

@Injectable()
export class InvitationService {
  constructor(
    private readonly em: EntityManager,
    private readonly mail: MailService,
  ) {}

  async overview(teamId: string) {
    const pending = /*@A*/ await this.em.find(
      Invitation,
      { team: teamId, acceptedAt: null },
      { orderBy: { createdAt: 'desc' } },
    );
    const seatsUsed = /*@A*/ await this.em.count(Membership, { team: teamId });
    const team = /*@A*/ await this.em.findOneOrFail(Team, teamId, { fields: ['name', 'seatLimit'] });
    return { team: team.name, pending, seatsUsed, seatsLeft: team.seatLimit - seatsUsed };
  }

  async accept(token: string, userId: string) {
    return this.em.transactional(async (em) => {
      const invite = await em.findOneOrFail(
        Invitation,
        { token, acceptedAt: null },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      const user = await em.findOneOrFail(User, userId);
      invite.acceptedAt = new Date();
      em.create(Membership, { team: invite.team, user, role: invite.role });
      await em.flush();
      return invite.team.id;
    });
  }

  async resend(inviteId: string) {
    const invite = await this.em.findOneOrFail(Invitation, inviteId, { populate: ['team'] });
    invite.sentAt = new Date();
    invite.resendCount += 1;
    await this.em.flush();

    const sentToday = await this.em.count(Invitation, {
      team: invite.team,
      sentAt: { $gte: startOfToday() },
    });
    await this.mail.sendInvitation(invite.email, invite.token, { reminder: true });
    return { sentToday };
  }
}
