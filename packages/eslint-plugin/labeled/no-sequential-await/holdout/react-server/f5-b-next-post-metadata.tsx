// case: a blog post page whose generateMetadata and page body both look the post up, guard, then read more
// category: react-server
// why: in generateMetadata the post read is followed by a notFound() guard on it, so it cannot join
//      anything after; site settings and the author (by post.authorId, known before) are then
//      independent reads (A). In the page, the post read is guarded again; rendering the markdown and
//      reading the comments both only use the post and not each other (B)
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getPost, getAuthor, getComments } from '@/lib/blog';
import { getSiteSettings } from '@/lib/settings';
import { renderMarkdown } from '@/lib/markdown';
import { CommentThread } from './comment-thread';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const post = await getPost(slug);
  if (!post) notFound();
  const settings = /*@A*/ await getSiteSettings();
  const author = /*@A*/ await getAuthor(post.authorId);
  return {
    title: `${post.title} | ${settings.siteName}`,
    description: post.excerpt,
    authors: [{ name: author.displayName, url: author.profileUrl }],
    openGraph: { type: 'article', publishedTime: post.publishedAt },
  };
}

export default async function PostPage({ params }: Props) {
  const { slug } = await params;
  const post = await getPost(slug);
  if (!post) notFound();
  const html = /*@B*/ await renderMarkdown(post.body, { highlight: true });
  const comments = /*@B*/ await getComments(post.id, { approvedOnly: true });
  return (
    <article className="prose mx-auto">
      <h1>{post.title}</h1>
      <div dangerouslySetInnerHTML={{ __html: html }} />
      <CommentThread postId={post.id} initial={comments} />
    </article>
  );
}
