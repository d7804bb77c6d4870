// case: a currency service returns cached FX rates and fills the cache on a miss
// category: cache-queue
// why: not reported: a miss fetches the rate and then writes it back with set, so an iteration
//      may write; the get alone would be a read, but the loop body as a whole is not read-only
import Redis from 'ioredis';
import { fetchRate } from './fx-provider';

const redis = new Redis(process.env.REDIS_URL!);

export async function ratesFor(base: string, quotes: string[]) {
  const rates: Record<string, number> = {};
  for (const quote of quotes) {
    const key = `fx:${base}:${quote}`;
    let rate = await redis.get(key);
    if (rate === null) {
      rate = String(await fetchRate(base, quote));
      await redis.set(key, rate, 'EX', 300);
    }
    rates[quote] = Number(rate);
  }
  return rates;
}
