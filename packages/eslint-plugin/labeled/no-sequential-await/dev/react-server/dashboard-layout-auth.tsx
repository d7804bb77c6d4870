// case: a dashboard layout checks the session, then loads teams and the unread count for the sidebar
// category: react-server
// why: auth() and the redirect guard come first and the reads use the session; the teams and
//      unread-count reads take the same user id and are independent
import type { ReactNode } from 'react';
import { redirect } from 'next/navigation';
import { auth } from '@/auth';
import { getTeams, getUnreadCount } from '@/lib/data';
import { Sidebar } from './sidebar';

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const session = await auth();
  if (!session?.user?.id) redirect('/login');

  const teams = /*@A*/ await getTeams(session.user.id);
  const unread = /*@A*/ await getUnreadCount(session.user.id);

  return (
    <div className="flex min-h-screen">
      <Sidebar teams={teams} unread={unread} />
      <main className="flex-1 p-6">{children}</main>
    </div>
  );
}
