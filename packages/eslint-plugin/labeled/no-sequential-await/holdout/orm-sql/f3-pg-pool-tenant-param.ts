// case: a tenant dashboard runs its two selects on the pg pool with the tenant id as a parameter
// category: orm-sql
// why: pool.query takes a fresh connection for each call and both selects filter by the tenant id
//      given to the function; neither uses the other's rows, so they can run together
import { pool } from '../db/pool';

export async function tenantDashboard(tenantId: string) {
  const projects = /*@A*/ await pool.query<{ id: string; name: string }>(
    'SELECT id, name FROM projects WHERE tenant_id = $1 ORDER BY updated_at DESC LIMIT 20',
    [tenantId],
  );
  const usage = /*@A*/ await pool.query<{ total: string | null }>(
    "SELECT sum(seconds) AS total FROM usage_events WHERE tenant_id = $1 AND day > now() - interval '30 days'",
    [tenantId],
  );

  return {
    projects: projects.rows,
    secondsUsed: Number(usage.rows[0]?.total ?? 0),
  };
}
