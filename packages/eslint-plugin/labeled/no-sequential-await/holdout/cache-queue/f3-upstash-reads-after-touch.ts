// case: a route handler records last-seen in Upstash Redis, then reads the cart and the wishlist
// category: cache-queue
// why: the set is awaited for its effect and stays first; the cart and wishlist reads use other keys
//      than the one written and nothing of each other, so those two can run together
import { Redis } from '@upstash/redis';
import { NextResponse, type NextRequest } from 'next/server';

const redis = Redis.fromEnv();

interface Cart {
  items: { sku: string; qty: number }[];
}

export async function GET(req: NextRequest) {
  const userId = req.headers.get('x-user-id');
  if (!userId) {
    return NextResponse.json({ error: 'unauthenticated' }, { status: 401 });
  }

  await redis.set(`last-seen:${userId}`, Date.now(), { ex: 60 * 60 * 24 });
  const cart = /*@A*/ await redis.get<Cart>(`cart:${userId}`);
  const wishlist = /*@A*/ await redis.smembers(`wishlist:${userId}`);

  return NextResponse.json({ cart: cart ?? { items: [] }, wishlist });
}
