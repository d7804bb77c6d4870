// case: an account-security endpoint lists a user's active sessions stored as Redis hashes
// category: cache-queue
// why: the session ids are read before the loop; each iteration does HGETALL on its own key (a
//      read) and pushes a row; `continue` only skips an expired (empty) hash, and nothing read in
//      one iteration is used by another
import { Redis } from 'ioredis';

const redis = new Redis(process.env.REDIS_URL!);

export async function listSessions(userId: string, currentSessionId: string) {
  const sessionIds = await redis.smembers(`user:${userId}:sessions`);
  const sessions: Array<{ id: string; device: string; ip: string; lastSeen: number; current: boolean }> = [];
  /*@A*/ for (const id of sessionIds) {
    const data = await redis.hgetall(`session:${id}`);
    if (Object.keys(data).length === 0) continue;
    sessions.push({
      id,
      device: data.userAgent ?? 'unknown device',
      ip: data.ip ?? '',
      lastSeen: Number(data.lastSeen ?? 0),
      current: id === currentSessionId,
    });
  }
  sessions.sort((a, b) => b.lastSeen - a.lastSeen);
  return sessions;
}
