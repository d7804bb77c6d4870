// case: a team page loads the profile of every active member with Prisma
// category: orm-sql
// why: the loop runs over a .filter() result and each iteration reads one profile with
//      findUnique; the pushes keep order in a rewrite, so the reads can all start together
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

type Membership = { userId: string; role: 'owner' | 'member'; deactivatedAt: Date | null };

export async function activeMemberProfiles(memberships: Membership[]) {
  const profiles = [];
  /*@A*/ for (const m of memberships.filter((x) => x.deactivatedAt === null)) {
    const profile = await prisma.profile.findUnique({
      where: { userId: m.userId },
      select: { userId: true, displayName: true, avatarUrl: true },
    });
    profiles.push({ ...profile, role: m.role });
  }
  return profiles;
}
