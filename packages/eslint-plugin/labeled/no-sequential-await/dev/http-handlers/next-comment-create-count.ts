// case: a Next.js POST route checks the session, creates a comment and returns the new count
// category: http-handlers
// why: auth() gates everything after it, the body is read only once the session passed, the
//      create uses the body, and the count reads the comments table right after writing to it
import { NextResponse } from 'next/server';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';

export async function POST(request: Request) {
  const session = await auth();
  if (!session?.user?.id) {
    return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  }

  const { postId, body } = (await request.json()) as { postId: string; body: string };

  const comment = await prisma.comment.create({
    data: { postId, body, authorId: session.user.id },
  });
  const commentCount = await prisma.comment.count({ where: { postId } });

  return NextResponse.json({ comment, commentCount }, { status: 201 });
}
