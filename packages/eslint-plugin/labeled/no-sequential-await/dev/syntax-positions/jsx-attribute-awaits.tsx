// case: a server layout awaits the current user and the navigation directly in JSX attributes
// category: syntax-positions
// why: the two attribute expressions are evaluated in order and independent; getCurrentUser
//      returns null for guests and guards nothing
import type { ReactNode } from 'react';
import { Shell } from '@/components/shell';
import { getCurrentUser } from '@/lib/auth';
import { getNavigation } from '@/lib/cms';

export default async function AppLayout({ children }: { children: ReactNode }) {
  return (
    <Shell user={/*@A*/ await getCurrentUser()} navigation={/*@A*/ await getNavigation('main')}>
      {children}
    </Shell>
  );
}
