// case: a tagged sql template interpolates the tenant and the region, each awaited inline
// category: syntax-positions
// why: the two interpolations are evaluated in order and take only the arguments; the sql query
//      itself needs both values, so its await is not a member
import { sql } from '@vercel/postgres';
import { geoRegion } from '../geo';
import { resolveTenant } from '../tenancy';

export async function recentEvents(host: string, ip: string) {
  const { rows } = await sql`
    SELECT id, kind, created_at
    FROM events
    WHERE tenant_id = ${/*@A*/ await resolveTenant(host)}
      AND region = ${/*@A*/ await geoRegion(ip)}
    ORDER BY created_at DESC
    LIMIT 50`;
  return rows;
}
