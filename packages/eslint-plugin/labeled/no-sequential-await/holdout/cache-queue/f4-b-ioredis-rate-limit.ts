// case: an ioredis rate limiter: a status read of three keys and the hit path with MULTI
// category: cache-queue
// why: rateLimitStatus reads two counters and a set membership, three keys, none using another
//      (A). In hit, the MULTI (INCR + EXPIRE) writes the counters and its count decides the flag;
//      the SADD only runs over the limit; the TTL read is of the minute key just written
import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL!, { enableAutoPipelining: true });
const PER_MINUTE = 120;

export async function rateLimitStatus(userId: string) {
  const minute = /*@A*/ await redis.get(`rl:${userId}:m`);
  const hour = /*@A*/ await redis.get(`rl:${userId}:h`);
  const flagged = /*@A*/ await redis.sismember('rl:flagged', userId);
  return { minute: Number(minute ?? 0), hour: Number(hour ?? 0), flagged: flagged === 1 };
}

export async function hit(userId: string) {
  const minuteKey = `rl:${userId}:m`;
  const hourKey = `rl:${userId}:h`;
  const results = await redis
    .multi()
    .incr(minuteKey)
    .expire(minuteKey, 60, 'NX')
    .incr(hourKey)
    .expire(hourKey, 3600, 'NX')
    .exec();
  const count = Number(results?.[0]?.[1] ?? 0);

  if (count > PER_MINUTE) {
    await redis.sadd('rl:flagged', userId);
  }
  const ttl = await redis.ttl(minuteKey);
  return { allowed: count <= PER_MINUTE, count, retryAfter: count > PER_MINUTE ? ttl : 0 };
}
