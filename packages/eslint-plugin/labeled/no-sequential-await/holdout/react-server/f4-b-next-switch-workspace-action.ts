// case: a Next.js server action switches the active workspace: session, membership check, preference write, cookie
// category: react-server
// why: the membership query needs the session's user id, and the redirect before it is the
//      authentication guard; the throw on a missing membership is a permission guard; the
//      preference update is awaited for its effect, and the cookie store is only fetched after it.
//      No two awaits can run together
'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { and, eq } from 'drizzle-orm';
import { auth } from '@/auth';
import { db } from '@/db';
import { memberships, users } from '@/db/schema';

export async function switchWorkspace(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect('/login');

  const workspaceId = String(formData.get('workspaceId') ?? '');
  const membership = await db.query.memberships.findFirst({
    where: and(eq(memberships.userId, session.user.id), eq(memberships.workspaceId, workspaceId)),
    columns: { role: true },
  });
  if (!membership) throw new Error('You are not a member of this workspace');

  await db.update(users).set({ lastWorkspaceId: workspaceId }).where(eq(users.id, session.user.id));
  (await cookies()).set('workspace', workspaceId, { httpOnly: true, sameSite: 'lax', path: '/' });

  revalidatePath('/', 'layout');
  redirect(`/w/${workspaceId}`);
}
