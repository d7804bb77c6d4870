// case: an edge route shows where each of a user's friends stands on the weekly leaderboard
// category: cache-queue
// why: zscore and zrevrank only read the sorted set; the friend ids are known before the loop and each
//      iteration pushes its own entry, so the lookups can start together
import { Redis } from '@upstash/redis';

export const runtime = 'edge';

const redis = Redis.fromEnv();

export async function GET(request: Request) {
  const friendIds = new URL(request.url).searchParams.getAll('friend');
  const week = `leaderboard:${new Date().toISOString().slice(0, 10)}`;

  const standings: { userId: string; score: number; rank: number | null }[] = [];
  /*@A*/ for (const userId of friendIds) {
    const score = await redis.zscore(week, userId);
    const rank = await redis.zrevrank(week, userId);
    standings.push({ userId, score: score ?? 0, rank: rank === null ? null : rank + 1 });
  }

  standings.sort((a, b) => b.score - a.score);
  return Response.json(standings);
}
