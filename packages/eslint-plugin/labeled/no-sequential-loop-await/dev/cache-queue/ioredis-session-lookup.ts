// case: an admin API lists the live sessions of a user from Redis hashes
// category: cache-queue
// why: hgetall is a read of one key per session id; expired (empty) hashes are skipped with
//      continue and the rest are pushed, so all lookups can run together
import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL!);

export async function liveSessions(userId: string) {
  const ids = await redis.smembers(`user:${userId}:sessions`);

  const sessions: { id: string; ip: string; lastSeen: number }[] = [];
  /*@A*/ for (const id of ids) {
    const data = await redis.hgetall(`session:${id}`);
    if (Object.keys(data).length === 0) continue;
    sessions.push({ id, ip: data.ip, lastSeen: Number(data.lastSeen) });
  }
  return sessions.sort((a, b) => b.lastSeen - a.lastSeen);
}
