// case: a tenant dashboard checks out one pg connection, sets its search_path, then runs two selects
// category: orm-sql
// why: the selects use unqualified table names that resolve through the search_path set on this very
//      connection, and a checked-out pg client runs one query at a time; they stay in order
import { pool } from '../db/pool';

export async function tenantDashboard(tenantSchema: string) {
  const client = await pool.connect();
  try {
    await client.query(`SET search_path TO ${client.escapeIdentifier(tenantSchema)}, public`);
    const projects = await client.query<{ id: string; name: string }>(
      'SELECT id, name FROM projects ORDER BY updated_at DESC LIMIT 20',
    );
    const usage = await client.query<{ total: string | null }>(
      "SELECT sum(seconds) AS total FROM usage_events WHERE day > now() - interval '30 days'",
    );
    return {
      projects: projects.rows,
      secondsUsed: Number(usage.rows[0]?.total ?? 0),
    };
  } finally {
    client.release();
  }
}
