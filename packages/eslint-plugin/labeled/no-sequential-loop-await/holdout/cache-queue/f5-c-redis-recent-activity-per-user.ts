// case: a feed endpoint reads the last five entries of each followed user's Redis activity stream
// category: cache-queue
// why: the loop runs over the followee id array passed in; each xRevRange is a range read of its
//      own stream key (not a consuming group read) and the entries are pushed, so nothing a later
//      iteration reads is written and all the reads could start together
import type { RedisClientType } from 'redis';

type Activity = { userId: string; id: string; kind: string; at: number };

export async function followFeed(redis: RedisClientType, followees: string[]) {
  const feed: Activity[] = [];

  /*@A*/ for (const userId of followees) {
    const entries = await redis.xRevRange(`activity:${userId}`, '+', '-', { COUNT: 5 });
    for (const entry of entries) {
      feed.push({
        userId,
        id: entry.id,
        kind: String(entry.message.kind),
        at: Number(entry.id.split('-')[0]),
      });
    }
  }

  feed.sort((a, b) => b.at - a.at);
  return feed.slice(0, 50);
}
