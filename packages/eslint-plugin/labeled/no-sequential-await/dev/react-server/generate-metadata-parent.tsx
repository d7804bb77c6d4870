// case: generateMetadata awaits params, reads the post and extends the parent's Open Graph images
// category: react-server
// why: `params` and `parent` are promises Next.js already started, so awaiting them starts no new
//      work; the only new work is getPost, once in each function
import type { Metadata, ResolvingMetadata } from 'next';
import { getPost } from '@/lib/posts';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props, parent: ResolvingMetadata): Promise<Metadata> {
  const { id } = await params;
  const post = await getPost(id);
  const previousImages = (await parent).openGraph?.images ?? [];
  return {
    title: post.title,
    description: post.excerpt,
    openGraph: { images: [post.coverUrl, ...previousImages] },
  };
}

export default async function PostPage({ params }: Props) {
  const { id } = await params;
  const post = await getPost(id);
  return <article dangerouslySetInnerHTML={{ __html: post.html }} />;
}
