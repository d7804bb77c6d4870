// case: a Next.js server component (create-t3-app layout) calling the tRPC server caller for a home feed
// category: react-server
// why: auth() is a session guard that redirects; `await searchParams` unwraps a promise prop and
//      starts no work; the three caller procedures are reads that take nothing from each other (A);
//      the drafts prefetch is not awaited
import { redirect } from 'next/navigation';
import { auth } from '~/server/auth';
import { api, HydrateClient } from '~/trpc/server';
import { Feed } from './_components/feed';
import { TrendingTags } from './_components/trending-tags';

type Props = { searchParams: Promise<{ tab?: 'following' | 'latest' }> };

export default async function HomePage({ searchParams }: Props) {
  const session = await auth();
  if (!session?.user) redirect('/api/auth/signin');

  const { tab = 'following' } = await searchParams;

  const me = /*@A*/ await api.user.me();
  const feed = /*@A*/ await api.post.feed({ tab, limit: 20 });
  const trending = /*@A*/ await api.tag.trending({ window: '24h' });

  void api.post.drafts.prefetch();

  return (
    <HydrateClient>
      <main className="flex gap-6">
        <Feed viewer={me} initial={feed} tab={tab} />
        <TrendingTags tags={trending} />
      </main>
    </HydrateClient>
  );
}
