// case: a profile service uses Prisma client extensions to find a user by handle and list their posts, then counts followers
// category: orm-sql
// why: the extension's findByHandle is a findFirst and the post list filters by the same handle, so the
//      two are independent reads (group A); the follower count needs user.id and waits
import { Prisma, PrismaClient } from '@prisma/client';

export const prisma = new PrismaClient().$extends({
  model: {
    user: {
      findByHandle(handle: string) {
        const ctx = Prisma.getExtensionContext(this);
        return (ctx as any).findFirst({ where: { handle: handle.toLowerCase(), deletedAt: null } });
      },
    },
  },
});

export async function loadProfile(handle: string) {
  const user = /*@A*/ await prisma.user.findByHandle(handle);
  const posts = /*@A*/ await prisma.post.findMany({
    where: { author: { handle: handle.toLowerCase() }, published: true },
    orderBy: { createdAt: 'desc' },
    take: 10,
  });
  if (!user) return null;

  const followers = await prisma.follow.count({ where: { followingId: user.id } });
  return { user, posts, followers };
}
