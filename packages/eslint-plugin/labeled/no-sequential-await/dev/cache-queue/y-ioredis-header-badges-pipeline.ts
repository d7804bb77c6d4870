// case: an app header endpoint reads the cached feed, the unread notification count and presence through a read-only pipeline
// category: cache-queue
// why: GET, SCARD and a pipeline of HGET+TTL read three different keys and write nothing, and none uses
//      another's result, so the three awaits are one group
import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL!, { maxRetriesPerRequest: 2 });

export async function getHeaderState(userId: string) {
  const cachedFeed = /*@A*/ await redis.get(`feed:v2:${userId}`);
  const unread = /*@A*/ await redis.scard(`notifications:unread:${userId}`);
  const presence = /*@A*/ await redis
    .pipeline()
    .hget(`presence:${userId}`, 'status')
    .ttl(`presence:${userId}`)
    .exec();

  const [[, status], [, ttl]] = (presence ?? [
    [null, null],
    [null, -2],
  ]) as [[Error | null, string | null], [Error | null, number]];

  return {
    feed: cachedFeed ? (JSON.parse(cachedFeed) as unknown[]) : null,
    unread,
    presence: { status: status ?? 'offline', expiresIn: ttl },
  };
}
