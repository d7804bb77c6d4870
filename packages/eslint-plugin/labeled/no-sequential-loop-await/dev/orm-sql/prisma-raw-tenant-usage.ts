// case: a billing report runs a raw SQL usage query per tenant schema with Prisma
// category: orm-sql
// why: each iteration starts a $queryRaw tagged template (a read) for its own tenant and stores the
//      row by tenant id; the queries go through the Prisma pool, not one connection
import { Prisma, PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

type UsageRow = { events: bigint; storage_bytes: bigint };

export async function usageByTenant(tenants: { id: string; schema: string }[], month: string) {
  const usage = new Map<string, { events: number; storageBytes: number }>();
  /*@A*/ for (const tenant of tenants) {
    const [row] = await prisma.$queryRaw<UsageRow[]>`
      SELECT count(*) AS events, coalesce(sum(size_bytes), 0) AS storage_bytes
      FROM ${Prisma.raw(`"${tenant.schema}".events`)}
      WHERE to_char(created_at, 'YYYY-MM') = ${month}`;
    usage.set(tenant.id, { events: Number(row.events), storageBytes: Number(row.storage_bytes) });
  }
  return usage;
}
