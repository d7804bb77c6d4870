import { prisma } from '../lib/db';

const INVITE_TTL_DAYS = 14;

export async function archiveStaleInvites(orgId: string) {
  const cutoff = new Date(Date.now() - INVITE_TTL_DAYS * 24 * 60 * 60 * 1000);
  await prisma.$transaction(async tx => {
    const stale = await tx.invite.findMany({ where: { orgId, createdAt: { lt: cutoff }, acceptedAt: null } });
    if (stale.length === 0) return;
    await tx.archivedInvite.createMany({ data: stale.map(({ id, email, createdAt }) => ({ id, email, createdAt, orgId })) });
    await tx.invite.deleteMany({ where: { id: { in: stale.map(invite => invite.id) } } });
  });
}
