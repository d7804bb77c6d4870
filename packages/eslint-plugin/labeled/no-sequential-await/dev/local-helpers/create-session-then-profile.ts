// case: login completion inserts a session row through one helper and reads the profile through another
// category: local-helpers
// why: createSession writes the sessions table and may go first, because getProfile reads the
//      users table, which the insert does not touch; neither uses the other's result
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db } from '../db';
import { sessions, users } from '../db/schema';

async function createSession(userId: string) {
  const token = randomBytes(32).toString('base64url');
  const [session] = await db
    .insert(sessions)
    .values({ token, userId, expiresAt: new Date(Date.now() + 30 * 86_400_000) })
    .returning();
  return session;
}

async function getProfile(userId: string) {
  const [user] = await db
    .select({ id: users.id, name: users.name, avatarUrl: users.avatarUrl })
    .from(users)
    .where(eq(users.id, userId));
  return user;
}

export async function completeLogin(userId: string) {
  const session = /*@A*/ await createSession(userId);
  const profile = /*@A*/ await getProfile(userId);
  return { token: session.token, expiresAt: session.expiresAt, profile };
}
