// case: a SolidStart profile route whose server query returns an object built from three awaits
// category: syntax-positions
// why: the user, stats and recent posts are read inside one object literal, in order, all keyed by
//      the handle and independent (A); in the follow action requireUser is a guard and the follow
//      create is a discarded write before the thrown redirect
import { action, createAsync, query, redirect, useParams, type RouteDefinition } from '@solidjs/router';
import { Show } from 'solid-js';
import { db } from '~/lib/db';
import { getStats, requireUser } from '~/lib/server';

const getProfile = query(async (handle: string) => {
  'use server';
  return {
    user: /*@A*/ await db.user.findUniqueOrThrow({ where: { handle } }),
    stats: /*@A*/ await getStats(handle),
    recent: /*@A*/ await db.post.findMany({
      where: { author: { handle }, published: true },
      orderBy: { publishedAt: 'desc' },
      take: 10,
    }),
  };
}, 'profile');

export const follow = action(async (handle: string) => {
  'use server';
  const viewer = await requireUser();
  await db.follow.create({ data: { followerId: viewer.id, followee: { connect: { handle } } } });
  throw redirect(`/u/${handle}`, { revalidate: getProfile.keyFor(handle) });
}, 'follow');

export const route = {
  preload: ({ params }) => getProfile(params.handle),
} satisfies RouteDefinition;

export default function ProfilePage() {
  const params = useParams();
  const profile = createAsync(() => getProfile(params.handle));
  return (
    <Show when={profile()}>
      {(p) => <h1>{p().user.name} · {p().stats.followers} followers</h1>}
    </Show>
  );
}
