// case: a sync job reads remote state for each tenant, then applies changes inside sql.begin
// category: transactions
// why: the first loop uses the module-level `sql` (a pool) for one read per tenant pushed into an array,
//      so it is reported; the loop inside sql.begin reads through the transaction's `tx` and must not be
import postgres from 'postgres';

const sql = postgres(process.env.DATABASE_URL!, { max: 10 });

export async function syncQuotas(tenantIds: string[]) {
  const usage: Array<{ tenantId: string; seats: number }> = [];
  /*@A*/ for (const tenantId of tenantIds) {
    const [row] = await sql<{ seats: number }[]>`
      select count(*)::int as seats from memberships where tenant_id = ${tenantId} and active
    `;
    usage.push({ tenantId, seats: row?.seats ?? 0 });
  }

  await sql.begin(async (tx) => {
    const limits: Record<string, number> = {};
    for (const { tenantId } of usage) {
      const [plan] = await tx`select seat_limit from plans where tenant_id = ${tenantId} for update`;
      limits[tenantId] = plan?.seat_limit ?? 0;
    }
    for (const { tenantId, seats } of usage) {
      await tx`update tenants set over_limit = ${seats > limits[tenantId]!} where id = ${tenantId}`;
    }
  });
  return usage;
}
