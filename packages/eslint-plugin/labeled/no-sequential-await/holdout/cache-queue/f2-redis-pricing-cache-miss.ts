// case: a pricing lookup tries Redis first and only queries the database and fills the cache on a miss
// category: cache-queue
// why: the early return uses the cached value, so the database read only runs on a miss and must wait
//      for the cache lookup; the set writes what the query returned
import Redis from 'ioredis';
import { db } from './database';

const redis = new Redis(process.env.REDIS_URL!);

type PriceTable = Record<string, { unitCents: number; currency: string }>;

function toPriceTable(rows: { sku: string; unit_cents: number; currency: string }[]): PriceTable {
  return Object.fromEntries(rows.map((r) => [r.sku, { unitCents: r.unit_cents, currency: r.currency }]));
}

export async function getPricing(region: string): Promise<PriceTable> {
  const key = `pricing:v3:${region}`;
  const cached = await redis.get(key);
  if (cached) return JSON.parse(cached) as PriceTable;

  const rows = await db
    .selectFrom('prices')
    .select(['sku', 'unit_cents', 'currency'])
    .where('region', '=', region)
    .execute();
  const table = toPriceTable(rows);
  await redis.set(key, JSON.stringify(table), 'EX', 300);
  return table;
}
