// case: a Fastify route verifies the JWT, then returns a profile whose fields are awaited inline
// category: http-handlers
// why: jwtVerify is a guard awaited for its effect, so it is no member and must finish first; the three
//      awaits in the returned object run in order, each reads by the handle only and uses nothing of the others
import type { FastifyInstance } from 'fastify';
import { prisma } from '../db';

export async function profileRoutes(app: FastifyInstance) {
  app.get<{ Params: { handle: string } }>('/profiles/:handle', async (request) => {
    await request.jwtVerify();
    const handle = request.params.handle.toLowerCase();

    return {
      profile: /*@A*/ await prisma.profile.findUnique({
        where: { handle },
        select: { handle: true, displayName: true, bio: true, avatarUrl: true },
      }),
      followers: /*@A*/ await prisma.follow.count({ where: { followee: { handle } } }),
      pinned: /*@A*/ await prisma.post.findMany({
        where: { author: { handle }, pinned: true },
        orderBy: { createdAt: 'desc' },
        take: 3,
      }),
    };
  });
}
