// case: a report handler checks out one pg client and reads the totals for each region on it
// category: orm-sql
// why: not reported: every query goes through the single client returned by pool.connect(), one
//      connection that runs statements in order, so the reads cannot overlap
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export async function regionTotals(regions: string[], since: Date) {
  const client = await pool.connect();
  try {
    await client.query("SET statement_timeout = '5s'");
    const totals: Record<string, number> = {};
    for (const region of regions) {
      const { rows } = await client.query<{ total: string }>(
        'SELECT coalesce(sum(amount_cents), 0) AS total FROM orders WHERE region = $1 AND created_at >= $2',
        [region, since],
      );
      totals[region] = Number(rows[0].total);
    }
    return totals;
  } finally {
    client.release();
  }
}
