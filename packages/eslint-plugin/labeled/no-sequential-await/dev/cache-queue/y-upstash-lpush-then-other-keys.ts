// case: an edge route enqueues an outbound email with LPUSH and reads the user's digest preference and today's send count
// category: cache-queue
// why: the LPUSH is a write whose returned length is used, and it is the first member; the HGETALL and GET
//      that follow read other keys (prefs hash, daily counter) than the list it writes, so starting them
//      together only changes timing; `req.json()` feeds the push and is not a member
import { Redis } from '@upstash/redis';

export const runtime = 'edge';

const redis = Redis.fromEnv();

type OutboundRequest = { userId: string; template: 'invite' | 'reminder'; to: string };

export async function POST(req: Request) {
  const { userId, template, to } = (await req.json()) as OutboundRequest;
  const today = new Date().toISOString().slice(0, 10);

  const queueLength = /*@A*/ await redis.lpush(
    'mail:outbound',
    JSON.stringify({ userId, template, to, queuedAt: Date.now() }),
  );
  const prefs = /*@A*/ await redis.hgetall<{ digest?: string; muted?: string }>(`user:${userId}:prefs`);
  const sentToday = /*@A*/ await redis.get<number>(`mail:sent:${userId}:${today}`);

  return Response.json({
    queued: true,
    position: queueLength,
    digest: prefs?.digest ?? 'daily',
    muted: prefs?.muted === '1',
    sentToday: sentToday ?? 0,
  });
}
