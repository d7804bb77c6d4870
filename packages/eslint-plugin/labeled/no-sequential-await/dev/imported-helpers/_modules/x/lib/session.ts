import { createCookieSessionStorage, redirect } from 'react-router';

import { prisma } from './db';

const storage = createCookieSessionStorage<{ userId: string }>({
  cookie: {
    name: '__session',
    httpOnly: true,
    sameSite: 'lax',
    secure: process.env.NODE_ENV === 'production',
    secrets: [process.env.SESSION_SECRET!],
  },
});

export async function currentMember(request: Request, orgId: string) {
  const session = await storage.getSession(request.headers.get('Cookie'));
  const userId = session.get('userId');
  if (!userId) {
    const next = new URL(request.url).pathname;
    throw redirect(`/login?next=${encodeURIComponent(next)}`);
  }
  const membership = await prisma.membership.findUnique({
    where: { orgId_userId: { orgId, userId } },
    select: { role: true, user: { select: { id: true, name: true } } },
  });
  if (!membership || (membership.role !== 'owner' && membership.role !== 'billing')) {
    throw new Response('You cannot see this organization’s invoices', { status: 403 });
  }
  return { ...membership.user, role: membership.role };
}
