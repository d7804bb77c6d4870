// case: a game API reads the weekly top ten, the player's rank and the player's profile hash from Upstash Redis
// category: cache-queue
// why: three reads of different keys, all computed from the week and the player id; none uses another's
//      reply, so they form one group
import { Redis } from '@upstash/redis';
import { Hono } from 'hono';

const redis = Redis.fromEnv();
const app = new Hono();

function weekKey(d = new Date()) {
  const start = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((d.getTime() - start.getTime()) / 86_400_000 + start.getUTCDay() + 1) / 7);
  return `lb:${d.getUTCFullYear()}-w${week}`;
}

app.get('/leaderboard/:playerId', async (c) => {
  const playerId = c.req.param('playerId');
  const key = weekKey();

  const top = /*@A*/ await redis.zrange<string[]>(key, 0, 9, { rev: true, withScores: true });
  const rank = /*@A*/ await redis.zrevrank(key, playerId);
  const profile = /*@A*/ await redis.hgetall<{ name: string; avatar: string }>(`player:${playerId}`);

  return c.json({ top, you: { rank: rank === null ? null : rank + 1, ...profile } });
});

export default app;
