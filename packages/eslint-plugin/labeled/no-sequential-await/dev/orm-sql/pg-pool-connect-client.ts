// case: a node-postgres function checks out a client from the pool and runs two reports on it
// category: orm-sql
// why: the two SELECTs run on the one client from pool.connect(), and a pg client runs one query at
//      a time, so they stay in order
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

export async function weeklyReport(teamId: string) {
  const client = await pool.connect();
  try {
    await client.query("SET statement_timeout = '5s'");
    const { rows: merged } = await client.query(
      `SELECT author, count(*)::int AS prs FROM pull_requests
        WHERE team_id = $1 AND merged_at > now() - interval '7 days' GROUP BY author`,
      [teamId],
    );
    const { rows: incidents } = await client.query(
      `SELECT severity, count(*)::int AS n FROM incidents
        WHERE team_id = $1 AND opened_at > now() - interval '7 days' GROUP BY severity`,
      [teamId],
    );
    return { merged, incidents };
  } finally {
    client.release();
  }
}
