// case: an activity feed pushes a new event onto a Redis list and returns the latest ten
// category: cache-queue
// why: lrange reads the same list lpush just wrote, so it must wait for it; ltrim on that key is a
//      write awaited for its effect
import Redis from 'ioredis';

const redis = new Redis({ host: process.env.REDIS_HOST, port: 6379 });

export async function recordActivity(userId: string, event: { type: string; at: number }) {
  const key = `feed:${userId}`;

  const length = await redis.lpush(key, JSON.stringify(event));
  const latest = await redis.lrange(key, 0, 9);
  if (length > 500) {
    await redis.ltrim(key, 0, 499);
  }

  return latest.map((entry) => JSON.parse(entry) as { type: string; at: number });
}
