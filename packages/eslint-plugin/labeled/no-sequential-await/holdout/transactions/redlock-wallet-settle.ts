// case: settling a wallet takes a Redlock lock, reads the balance and the pending list, then rewrites them atomically
// category: transactions
// why: the two reads run under the lock and feed the MULTI that replaces them; work under a lock stays in
//      order, and the release is awaited for its effect
import Redis from 'ioredis';
import Redlock from 'redlock';

const redis = new Redis(process.env.REDIS_URL!);
const redlock = new Redlock([redis], { retryCount: 10, retryDelay: 200 });

export async function settleWallet(walletId: string): Promise<number> {
  const lock = await redlock.acquire([`lock:wallet:${walletId}`], 5_000);
  try {
    const balance = Number(await redis.get(`wallet:${walletId}:balance`));
    const pending = await redis.lrange(`wallet:${walletId}:pending`, 0, -1);

    const total = pending.reduce((sum, raw) => sum + (JSON.parse(raw) as { amount: number }).amount, balance);
    await redis
      .multi()
      .set(`wallet:${walletId}:balance`, total)
      .del(`wallet:${walletId}:pending`)
      .exec();
    return total;
  } finally {
    await lock.release();
  }
}
