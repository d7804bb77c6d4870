// case: a Next.js 15 route handler awaits its params, then reads the post, related posts and views
// category: http-handlers
// why: `await params` waits on a promise Next.js already started, so it is not a member; the
//      Prisma reads and the KV read all take the slug only and form one group before the 404 check
import { NextResponse, type NextRequest } from 'next/server';
import { kv } from '@vercel/kv';
import { prisma } from '@/lib/prisma';

export async function GET(
  _request: NextRequest,
  { params }: { params: Promise<{ slug: string }> },
) {
  const { slug } = await params;

  const post = /*@A*/ await prisma.post.findUnique({
    where: { slug },
    include: { author: { select: { name: true, image: true } }, tags: true },
  });
  const related = /*@A*/ await prisma.post.findMany({
    where: { slug: { not: slug }, tags: { some: { posts: { some: { slug } } } } },
    select: { slug: true, title: true },
    take: 3,
  });
  const views = (/*@A*/ await kv.get<number>(`views:${slug}`)) ?? 0;

  if (!post) {
    return NextResponse.json({ error: 'not found' }, { status: 404 });
  }
  return NextResponse.json({ post, related, views });
}
