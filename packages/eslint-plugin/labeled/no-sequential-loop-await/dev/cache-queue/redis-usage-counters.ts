// case: a metering middleware bumps one Redis counter per feature used in a request
// category: cache-queue
// why: not reported: incrby and expire are writes; the loop reads the returned totals, but each
//      iteration changes a counter, so it is an ordered side effect per item
import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL!);

export async function meterFeatures(accountId: string, features: string[]) {
  const day = new Date().toISOString().slice(0, 10);
  const totals: Record<string, number> = {};
  for (const feature of features) {
    const key = `usage:${accountId}:${feature}:${day}`;
    totals[feature] = await redis.incrby(key, 1);
    await redis.expire(key, 60 * 60 * 48);
  }
  return totals;
}
