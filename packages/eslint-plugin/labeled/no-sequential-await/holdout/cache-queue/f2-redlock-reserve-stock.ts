// case: reserving stock reads the available count and the held total under a Redlock lock, then records a hold
// category: cache-queue
// why: the two reads run inside redlock.using, under a lock, and stay in order; the check uses both and
//      the hincrby/hset after it are ordered writes to the key just read
import Redis from 'ioredis';
import Redlock from 'redlock';

const redis = new Redis(process.env.REDIS_URL!);
const redlock = new Redlock([redis], { retryCount: 10, retryDelay: 200 });

export async function reserveStock(sku: string, qty: number, orderId: string) {
  return redlock.using([`lock:stock:${sku}`], 5000, async () => {
    const available = Number((await redis.get(`stock:${sku}`)) ?? 0);
    const held = Number((await redis.hget(`holds:${sku}`, 'total')) ?? 0);
    if (available - held < qty) {
      throw new Error(`insufficient stock for ${sku}: ${available - held} left`);
    }

    await redis.hincrby(`holds:${sku}`, 'total', qty);
    await redis.hset(`holds:${sku}`, orderId, qty);
    return available - held - qty;
  });
}
