// case: a Next.js App Router blog post page that fetches comments and related posts inside its JSX props
// category: react-server
// why: params is a promise Next already started, so awaiting it is no new work; the post is read
//      by slug and notFound() stops rendering when it is missing; the two awaits in the JSX props
//      run one after the other, take only fields of the post, and use nothing of each other (A).
//      generateMetadata is a chain: params, then the post by its slug
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getComments, getPostBySlug, getRelatedPosts } from '@/lib/posts';
import { Article } from '@/components/article';
import { CommentList } from '@/components/comment-list';
import { RelatedPosts } from '@/components/related-posts';

type Props = { params: Promise<{ slug: string }> };

export const revalidate = 300;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const post = await getPostBySlug(slug);
  return post ? { title: post.title, description: post.excerpt } : {};
}

export default async function PostPage({ params }: Props) {
  const { slug } = await params;
  const post = await getPostBySlug(slug);
  if (!post) notFound();

  return (
    <main className="mx-auto max-w-3xl px-4 py-10">
      <Article post={post} />
      <CommentList comments={/*@A*/ await getComments(post.id, { limit: 50 })} />
      <aside className="mt-12 border-t pt-8">
        <h2 className="text-lg font-semibold">Keep reading</h2>
        <RelatedPosts posts={/*@A*/ await getRelatedPosts({ tags: post.tags, exclude: post.id })} />
      </aside>
    </main>
  );
}
