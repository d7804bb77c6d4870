// case: a server action accepts a team invite and then reports the team's seat usage through imported membership helpers
// category: imported-helpers
// why: acceptInvite inserts a membership row (prisma.membership.create), and getSeatUsage counts the
//      membership rows of the same team; the count must see the new row and the insert must not run when
//      an earlier step fails, so the two calls stay in order
'use server';

import { revalidatePath } from 'next/cache';
import { auth } from '@/auth';
import { acceptInvite, getSeatUsage } from './_modules/teams/membership';

export async function joinTeam(formData: FormData) {
  const session = await auth();
  if (!session?.user) return { ok: false as const, error: 'Please sign in first.' };

  const token = String(formData.get('token') ?? '');
  const teamId = String(formData.get('teamId') ?? '');

  const membership = await acceptInvite(token, teamId, session.user.id);
  const seats = await getSeatUsage(teamId);

  revalidatePath(`/teams/${teamId}/members`);
  return {
    ok: true as const,
    role: membership.role,
    seatsLeft: Math.max(0, seats.limit - seats.used),
    warnFull: seats.full,
  };
}
