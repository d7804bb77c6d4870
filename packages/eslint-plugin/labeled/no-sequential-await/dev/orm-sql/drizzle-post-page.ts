// case: a blog page loader reads a post with the Drizzle query API and its comments with select()
// category: orm-sql
// why: the post and comment reads both only take the slug and are independent; the view-count
//      update is a write awaited for its effect after the group
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { desc, eq, sql } from 'drizzle-orm';
import * as schema from './schema';
import { comments, posts } from './schema';

const db = drizzle(postgres(process.env.DATABASE_URL!), { schema });

export async function loadPostPage(slug: string) {
  const post = /*@A*/ await db.query.posts.findFirst({
    where: eq(posts.slug, slug),
    with: { author: { columns: { name: true, avatarUrl: true } } },
  });
  const postComments = /*@A*/ await db
    .select({ id: comments.id, body: comments.body, author: comments.authorName, at: comments.createdAt })
    .from(comments)
    .where(eq(comments.postSlug, slug))
    .orderBy(desc(comments.createdAt))
    .limit(50);

  if (!post) return null;
  await db.update(posts).set({ views: sql`${posts.views} + 1` }).where(eq(posts.id, post.id));
  return { post, comments: postComments };
}
