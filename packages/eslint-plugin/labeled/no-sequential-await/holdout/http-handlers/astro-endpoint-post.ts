// case: an Astro API endpoint returns a blog entry with all authors and its comments from Astro DB
// category: http-handlers
// why: the content-collection reads and the Astro DB select all take only the slug from params;
//      none uses another's result
import type { APIRoute } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { Comment, db, desc, eq } from 'astro:db';

export const prerender = false;

export const GET: APIRoute = async ({ params }) => {
  const slug = params.slug!;

  const post = /*@A*/ await getEntry('blog', slug);
  const authors = /*@A*/ await getCollection('authors', ({ data }) => !data.retired);
  const comments = /*@A*/ await db
    .select()
    .from(Comment)
    .where(eq(Comment.postSlug, slug))
    .orderBy(desc(Comment.createdAt));

  if (!post) return new Response(null, { status: 404 });

  const byline = authors.filter((a) => post.data.authors.some((ref) => ref.id === a.id));
  return Response.json({ title: post.data.title, byline, comments });
};
