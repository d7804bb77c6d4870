// case: a billing job counts each active tenant's events for the month with an index loop
// category: syntax-shapes
// why: for (let i = 0; i < tenants.length; i++) over tenants[i], an array loaded before the loop;
//      each iteration runs a SELECT for its own tenant and reads its own result set, storing into
//      usage[i]; nothing carries over between iterations and nothing exits early, so the queries
//      could start together
import { createClient } from '@clickhouse/client';
import { listActiveTenants } from './tenants';

const clickhouse = createClient({ url: process.env.CLICKHOUSE_URL, database: 'metering' });

export async function monthlyUsage(month: string) {
  const tenants = await listActiveTenants();
  const usage: Array<{ tenantId: string; events: number }> = new Array(tenants.length);

  /*@A*/ for (let i = 0; i < tenants.length; i++) {
    const rs = await clickhouse.query({
      query: `SELECT count() AS n FROM events
              WHERE tenant_id = {tenant:String} AND toStartOfMonth(ts) = {month:Date}`,
      query_params: { tenant: tenants[i].id, month },
      format: 'JSONEachRow',
    });
    const [row] = await rs.json<{ n: string }>();
    usage[i] = { tenantId: tenants[i].id, events: Number(row?.n ?? 0) };
  }

  return usage;
}
