// case: an Elysia route on Bun returns a public profile whose counters and badges are awaited inside the returned object literal
// category: syntax-positions
// why: the session lookup is a guard and the profile lookup gives the id every counter needs, so both
//      stay before; the four awaits inside the returned object (posts count, followers count, the
//      viewer-follows count compared with > 0, the Redis badges set) only use profile.id and the
//      session, are reads, and are evaluated one after another: one group
import { Elysia, t } from 'elysia';
import { and, eq } from 'drizzle-orm';
import { RedisClient } from 'bun';
import { db } from './db';
import { follows, posts, users } from './db/schema';
import { auth } from './auth';

const redis = new RedisClient(process.env.REDIS_URL);

export const profiles = new Elysia({ prefix: '/api' }).get(
  '/u/:handle',
  async ({ params, request, status }) => {
    const session = await auth.api.getSession({ headers: request.headers });
    if (!session) return status(401, 'sign in to view profiles');

    const profile = await db.query.users.findFirst({
      where: eq(users.handle, params.handle),
      columns: { id: true, handle: true, displayName: true, bio: true, avatarUrl: true },
    });
    if (!profile) return status(404, 'no such user');

    return {
      profile,
      stats: {
        posts: /*@A*/ await db.$count(posts, eq(posts.authorId, profile.id)),
        followers: /*@A*/ await db.$count(follows, eq(follows.followeeId, profile.id)),
      },
      viewerFollows:
        (/*@A*/ await db.$count(follows, and(eq(follows.followerId, session.user.id), eq(follows.followeeId, profile.id)))) > 0,
      badges: /*@A*/ await redis.smembers(`badges:${profile.id}`),
    };
  },
  { params: t.Object({ handle: t.String({ minLength: 2, maxLength: 32 }) }) },
);
