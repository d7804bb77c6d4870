// case: a fixed-window rate limiter increments a Redis counter, sets its expiry and reads the TTL
// category: cache-queue
// why: incr is a write, the expire on the same key runs only for the first hit, and ttl reads that
//      key after both; each step depends on the one before
import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL!);
const LIMIT = 100;
const WINDOW_SECONDS = 60;

export async function hit(apiKey: string) {
  const key = `rl:${apiKey}:${Math.floor(Date.now() / 1000 / WINDOW_SECONDS)}`;

  const hits = await redis.incr(key);
  if (hits === 1) {
    await redis.expire(key, WINDOW_SECONDS);
  }
  const ttl = await redis.ttl(key);

  return {
    allowed: hits <= LIMIT,
    remaining: Math.max(0, LIMIT - hits),
    resetInSeconds: ttl,
  };
}
