// case: a home page counts users and posts in a read-only batch $transaction and lists the latest posts
// category: transactions
// why: the batch transaction only counts, and the findMany runs outside it on the plain client;
//      neither uses the other's result, so the batch and the list are independent reads
import { prisma } from '../db';

export async function homeStats() {
  const [userCount, postCount] = /*@A*/ await prisma.$transaction([
    prisma.user.count(),
    prisma.post.count({ where: { published: true } }),
  ]);
  const latest = /*@A*/ await prisma.post.findMany({
    where: { published: true },
    orderBy: { createdAt: 'desc' },
    take: 5,
    select: { id: true, title: true, slug: true },
  });
  return { userCount, postCount, latest };
}
