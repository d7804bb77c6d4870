// case: a game leaderboard API on Upstash: GET is rate limited then reads the top ten, the season and the online count; POST verifies and records a score
// category: cache-queue
// why: in GET the ratelimit.limit() is a guard; the zrange, hgetall and scard read three different keys
//      and use nothing of each other: group A; in POST the signature check (an if test) guards the rest,
//      zscore decides whether zadd runs, zrevrank reads the sorted set just written, and the del and the
//      QStash publish are discarded writes
import { Ratelimit } from '@upstash/ratelimit';
import { Client as QStash } from '@upstash/qstash';
import { Redis } from '@upstash/redis';
import { verifyScoreSignature } from '@/lib/anticheat';

const redis = Redis.fromEnv();
const qstash = new QStash({ token: process.env.QSTASH_TOKEN! });
const ratelimit = new Ratelimit({
  redis,
  limiter: Ratelimit.slidingWindow(30, '10 s'),
  prefix: 'rl:leaderboard',
  analytics: true,
});

type Season = { name: string; endsAt: string; prize: string };

export async function GET(req: Request) {
  const ip = req.headers.get('x-forwarded-for')?.split(',')[0]?.trim() ?? '127.0.0.1';
  const { success, reset } = await ratelimit.limit(ip);
  if (!success) {
    return new Response('slow down', {
      status: 429,
      headers: { 'retry-after': String(Math.max(1, Math.ceil((reset - Date.now()) / 1000))) },
    });
  }

  const top = /*@A*/ await redis.zrange<string[]>('leaderboard:weekly', 0, 9, { rev: true, withScores: true });
  const season = /*@A*/ await redis.hgetall<Season>('season:current');
  const online = /*@A*/ await redis.scard('presence:online');

  return Response.json({ top, season, online }, { headers: { 'cache-control': 'public, s-maxage=5' } });
}

export async function POST(req: Request) {
  const { playerId, score, signature } = (await req.json()) as { playerId: string; score: number; signature: string };
  if (!(await verifyScoreSignature(playerId, score, signature))) {
    return new Response('bad signature', { status: 401 });
  }

  const best = await redis.zscore('leaderboard:weekly', playerId);
  if (best !== null && best >= score) {
    return Response.json({ improved: false, best });
  }

  await redis.zadd('leaderboard:weekly', { score, member: playerId });
  const rank = await redis.zrevrank('leaderboard:weekly', playerId);

  await redis.del(`profile-card:${playerId}`);
  await qstash.publishJSON({
    url: `${process.env.APP_URL}/api/jobs/new-highscore`,
    body: { playerId, score, rank },
    deduplicationId: `${playerId}:${score}`,
  });

  return Response.json({ improved: true, rank: rank === null ? null : rank + 1 });
}
