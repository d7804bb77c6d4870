import { prisma } from '../db';

export async function acceptInvite(token: string, teamId: string, userId: string) {
  const invite = await prisma.invite.findFirstOrThrow({ where: { token, teamId, usedAt: null } });
  return prisma.membership.create({
    data: { teamId, userId, role: invite.role, invitedById: invite.createdById },
  });
}

export async function getSeatUsage(teamId: string) {
  const [used, team] = await Promise.all([
    prisma.membership.count({ where: { teamId, removedAt: null } }),
    prisma.team.findUniqueOrThrow({ where: { id: teamId }, select: { seatLimit: true } }),
  ]);
  return { used, limit: team.seatLimit, full: used >= team.seatLimit };
}
