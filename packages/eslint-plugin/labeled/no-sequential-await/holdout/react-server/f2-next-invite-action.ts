// case: a Next.js server action checks the session, reads the team and the inviter's membership, then creates an invite
// category: react-server
// why: auth() decides the redirect and gives the user id, so it is no member; the team and membership
//      reads use only the form data and the session and not each other; the invite create comes after
//      checks that use both results
'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';

const schema = z.object({ teamId: z.string().min(1), email: z.string().email() });

export async function inviteMember(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect('/login');
  const { teamId, email } = schema.parse(Object.fromEntries(formData));

  let team = /*@A*/ await prisma.team.findUnique({
    where: { id: teamId },
    select: { seatLimit: true, _count: { select: { members: true } } },
  });
  let membership = /*@A*/ await prisma.membership.findUnique({
    where: { userId_teamId: { userId: session.user.id, teamId } },
  });
  if (!team || membership?.role !== 'ADMIN') return { error: 'Not allowed' };
  if (team._count.members >= team.seatLimit) return { error: 'Seat limit reached' };

  await prisma.invite.create({ data: { teamId, email, invitedById: session.user.id } });
  revalidatePath(`/teams/${teamId}/members`);
  return { ok: true };
}
