// case: a presence endpoint adds two SCARD replies in one expression and reads the stored peak
// category: syntax-positions
// why: the two awaits inside the + and the peak read after them read three different keys and use nothing
//      of each other (group A); the peak update is conditional and awaited for its effect
import { Redis } from '@upstash/redis';

const redis = Redis.fromEnv();

export async function GET() {
  const online = (/*@A*/ await redis.scard('online:web')) + (/*@A*/ await redis.scard('online:mobile'));
  const peak = Number(/*@A*/ await redis.get<number>('online:peak')) || 0;

  if (online > peak) await redis.set('online:peak', online);

  return Response.json({ online, peak: Math.max(peak, online) });
}
