// case: a storefront middleware reads the session, the cart hash and recently viewed items from Redis
// category: cache-queue
// why: get, hgetall and zrevrange read three different keys derived from the session id and none
//      uses another's reply, so they are one group
import Redis from 'ioredis';
import type { Request, Response, NextFunction } from 'express';

const redis = new Redis(process.env.REDIS_URL!);

export async function loadShopperState(req: Request, res: Response, next: NextFunction) {
  const sid = req.cookies.sid as string | undefined;
  if (!sid) return next();

  const rawSession = /*@A*/ await redis.get(`sess:${sid}`);
  const cart: Record<string, string> = /*@A*/ await redis.hgetall(`cart:${sid}`);
  const recentlyViewed = /*@A*/ await redis.zrevrange(`viewed:${sid}`, 0, 9);

  res.locals.session = rawSession ? JSON.parse(rawSession) : null;
  res.locals.cart = Object.entries(cart).map(([sku, qty]) => ({ sku, qty: Number(qty) }));
  res.locals.recentlyViewed = recentlyViewed;
  next();
}
