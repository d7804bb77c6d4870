// case: a Next.js 15 blog route's generateMetadata reads the post and the site settings; the page reads the post again
// category: react-server
// why: in generateMetadata the post read needs only the slug and the settings read needs nothing, so they
//      form group A; in the page there is a single read, and the awaits of params start no new work
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getPost, getSiteSettings } from '@/lib/cms';
import { Article } from './article';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const post = /*@A*/ await getPost(slug);
  const site = /*@A*/ await getSiteSettings();

  return {
    title: post ? `${post.title} · ${site.name}` : site.name,
    description: post?.excerpt ?? site.description,
    openGraph: { images: post?.coverUrl ? [post.coverUrl] : [site.defaultOgImage] },
  };
}

export default async function PostPage({ params }: Props) {
  const { slug } = await params;
  const post = await getPost(slug);
  if (!post) notFound();
  return <Article post={post} />;
}
