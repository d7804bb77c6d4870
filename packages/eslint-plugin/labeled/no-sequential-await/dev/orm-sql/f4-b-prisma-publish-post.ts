// case: publishing a post with Prisma: two reads for the permission check, a batched $transaction write, then the subscriber list for the notification job
// category: orm-sql
// why: the post and the editor are read by their own ids (A); the role check uses both and ends
//      the group. The $transaction array writes post and auditLog; the subscription read after
//      it reads another table and needs only post.authorId, known before, so the write may be
//      the first member (B). The queue add uses the subscribers and is a write
import { prisma } from '@/lib/prisma';
import { emailQueue } from '@/jobs/queues';

export class ForbiddenError extends Error {}

export async function publishPost(postId: string, editorId: string) {
  const post = /*@A*/ await prisma.post.findUniqueOrThrow({
    where: { id: postId },
    select: { id: true, authorId: true, status: true, title: true },
  });
  const editor = /*@A*/ await prisma.user.findUniqueOrThrow({
    where: { id: editorId },
    select: { role: true },
  });
  if (editor.role !== 'EDITOR' && post.authorId !== editorId) {
    throw new ForbiddenError(`user ${editorId} cannot publish ${postId}`);
  }

  const [published] = /*@B*/ await prisma.$transaction([
    prisma.post.update({
      where: { id: postId },
      data: { status: 'PUBLISHED', publishedAt: new Date() },
    }),
    prisma.auditLog.create({
      data: { action: 'post.publish', actorId: editorId, targetId: postId },
    }),
  ]);
  const subscribers = /*@B*/ await prisma.subscription.findMany({
    where: { authorId: post.authorId, confirmed: true },
    select: { email: true },
  });

  await emailQueue.add('new-post', {
    postId,
    title: post.title,
    to: subscribers.map((s) => s.email),
  });
  return published;
}
