// case: a cache-aside helper reads Redis and only queries Postgres on a miss, then fills the cache
// category: cache-queue
// why: the database query runs only when the cache read came back empty, so it is conditional on the
//      first await; the set is a write awaited for its effect
import { createClient } from 'redis';
import { Pool } from 'pg';

const redis = await createClient({ url: process.env.REDIS_URL }).connect();
const pool = new Pool();

export async function getPricingTable(region: string) {
  const cacheKey = `pricing:${region}`;
  const cached = await redis.get(cacheKey);
  if (cached) {
    return JSON.parse(cached) as { plan: string; cents: number }[];
  }

  const { rows } = await pool.query('SELECT plan, cents FROM prices WHERE region = $1 ORDER BY cents', [region]);
  await redis.set(cacheKey, JSON.stringify(rows), { EX: 300 });
  return rows;
}
