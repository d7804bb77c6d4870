// case: a comment moderation action loads the post, soft-deletes a comment through a Prisma extension and recounts comments
// category: orm-sql
// why: softDelete is an update (a write) and may not start before the post read settles; the count reads
//      the comment table that softDelete just wrote, so it stays after it
import { Prisma, PrismaClient } from '@prisma/client';

const prisma = new PrismaClient().$extends({
  model: {
    comment: {
      async softDelete(id: string, by: string) {
        const ctx = Prisma.getExtensionContext(this) as any;
        return ctx.update({ where: { id }, data: { deletedAt: new Date(), deletedBy: by } });
      },
    },
  },
});

export async function removeComment(postId: string, commentId: string, moderatorId: string) {
  const post = await prisma.post.findUniqueOrThrow({ where: { id: postId }, select: { id: true, locked: true } });
  const removed = await prisma.comment.softDelete(commentId, moderatorId);
  const remaining = await prisma.comment.count({ where: { postId, deletedAt: null } });

  return { post: post.id, locked: post.locked, removed: removed.id, remaining };
}
