// case: a SvelteKit page load reads a post, then its author and (when the post is part of one) its series
// category: http-handlers
// why: the author and series reads take ids destructured from the post, so they wait for it; the series
//      read sits in a `? :` branch, so it is no member next to the author read; the comments promise
//      is streamed to the page and never awaited here
import { error } from '@sveltejs/kit';
import { asc, eq } from 'drizzle-orm';
import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db';
import { comments, posts, series, users } from '$lib/server/db/schema';

export const load: PageServerLoad = async ({ params }) => {
  const post = await db.query.posts.findFirst({ where: eq(posts.slug, params.slug) });
  if (!post) error(404, 'Post not found');

  const { id: postId, authorId, seriesId } = post;

  return {
    post,
    comments: db.query.comments.findMany({
      where: eq(comments.postId, postId),
      orderBy: asc(comments.createdAt),
    }),
    author: await db.query.users.findFirst({
      where: eq(users.id, authorId),
      columns: { name: true, avatarUrl: true },
    }),
    series: seriesId ? await db.query.series.findFirst({ where: eq(series.id, seriesId) }) : null,
  };
};
