import { prisma } from '../lib/db';

export async function fetchOrgMembers(orgId: string) {
  const memberships = await prisma.membership.findMany({
    where: { orgId, status: 'active' },
    include: { user: { select: { id: true, name: true, email: true, image: true } } },
    orderBy: { createdAt: 'asc' },
  });
  return memberships.map(m => ({ ...m.user, role: m.role, joinedAt: m.createdAt }));
}
