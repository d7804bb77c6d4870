// case: a Next.js 15 blog post page awaits its params, reads the post and its view count, then the author
// category: react-server
// why: `await params` waits on a promise Next already started and gives the slug, so it is no member; the
//      post read and the Redis view counter take only the slug; the author read needs post.authorId
import { notFound } from 'next/navigation';
import { prisma } from '@/lib/prisma';
import { redis } from '@/lib/redis';

export default async function PostPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const post = /*@A*/ await prisma.post.findUnique({ where: { slug } });
  const views = /*@A*/ await redis.get<number>(`views:${slug}`);
  if (!post) notFound();

  const author = await prisma.user.findUnique({
    where: { id: post.authorId },
    select: { name: true, image: true },
  });

  return (
    <article className="prose mx-auto">
      <h1>{post.title}</h1>
      <p className="text-sm text-muted-foreground">
        {author?.name ?? 'Anonymous'} · {views ?? 0} views
      </p>
      <div dangerouslySetInnerHTML={{ __html: post.html }} />
    </article>
  );
}
