// case: a report job checks out one pg client, sets a statement timeout and runs a query per region
// category: transactions
// why: every query goes through `client`, one connection from pool.connect(); queries on one connection
//      run one at a time and share its session settings, so the loop stays in order
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

export async function regionalRevenue(regions: string[], day: string) {
  const client = await pool.connect();
  try {
    await client.query(`SET statement_timeout = '15s'`);
    const revenue: Record<string, number> = {};
    for (const region of regions) {
      const { rows } = await client.query<{ total: string }>(
        'SELECT COALESCE(SUM(amount_cents), 0) AS total FROM payments WHERE region = $1 AND paid_at::date = $2',
        [region, day],
      );
      revenue[region] = Number(rows[0]!.total);
    }
    return revenue;
  } finally {
    client.release();
  }
}
