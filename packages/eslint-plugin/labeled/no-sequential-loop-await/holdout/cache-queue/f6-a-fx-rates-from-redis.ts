// case: a pricing service reads the cached FX quote for each display currency from Redis hashes
// category: cache-queue
// why: the loop runs over a constant array of currencies; each iteration awaits an HGETALL (a read) on
//      its own key and stores the parsed quote in an object under that currency. Nothing is written to
//      Redis and no iteration reads another's result: one report.
import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL!);
const DISPLAY_CURRENCIES = ['EUR', 'GBP', 'CAD', 'AUD', 'JPY', 'CHF'] as const;

type Quote = { rate: number; asOf: string; source: string };

export async function displayRates(base = 'USD') {
  const quotes: Partial<Record<(typeof DISPLAY_CURRENCIES)[number], Quote | null>> = {};

  /*@A*/ for (const currency of DISPLAY_CURRENCIES) {
    const hash = await redis.hgetall(`fx:${base}:${currency}`);
    quotes[currency] = hash.rate
      ? { rate: Number(hash.rate), asOf: hash.as_of, source: hash.source ?? 'ecb' }
      : null;
  }

  const stale = Object.entries(quotes).filter(([, q]) => !q || Date.now() - Date.parse(q.asOf) > 3_600_000);
  return { base, quotes, stale: stale.map(([c]) => c) };
}
