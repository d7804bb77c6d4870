import { prisma } from '../lib/db';
import { getRedis } from '../lib/redis';

export type ActivitySummary = {
  commits: number;
  reviews: number;
  comments: number;
  streak: number;
};

async function streakFor(userId: string): Promise<number> {
  const value = await getRedis().get(`streak:${userId}`);
  return value ? Number(value) : 0;
}

export async function collectActivity(userId: string, weekStart: string): Promise<ActivitySummary> {
  const since = new Date(weekStart);
  const until = new Date(since.getTime() + 7 * 24 * 60 * 60 * 1000);
  const events = await prisma.activityEvent.groupBy({
    by: ['kind'],
    where: { userId, createdAt: { gte: since, lt: until } },
    _count: { _all: true },
  });
  const count = (kind: string) => events.find(event => event.kind === kind)?._count._all ?? 0;
  return {
    commits: count('commit'),
    reviews: count('review'),
    comments: count('comment'),
    streak: await streakFor(userId),
  };
}
