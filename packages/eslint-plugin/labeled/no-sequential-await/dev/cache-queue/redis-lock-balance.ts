// case: a wallet settlement takes a Redis lock, then reads the balance and pending list under it
// category: cache-queue
// why: the two reads only run after the lock was granted and happen under that lock, which keeps
//      them in order; the release script is awaited for its effect
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';

const redis = new Redis(process.env.REDIS_URL!);
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

export async function settleWallet(walletId: string) {
  const lockKey = `lock:wallet:${walletId}`;
  const token = randomUUID();
  const acquired = await redis.set(lockKey, token, 'PX', 10_000, 'NX');
  if (acquired !== 'OK') {
    return { settled: false, reason: 'locked' };
  }

  try {
    const balance = Number(await redis.get(`wallet:${walletId}:balance`));
    const pending = await redis.lrange(`wallet:${walletId}:pending`, 0, -1);
    const total = pending.reduce((sum, p) => sum + Number(p), balance);
    return { settled: true, total };
  } finally {
    await redis.eval(RELEASE, 1, lockKey, token);
  }
}
