// case: a CSV import upserts each product row with Prisma and counts the changes
// category: orm-sql
// why: not reported: every iteration runs an upsert, a write; the counter and the log after it
//      do not make it a read
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function importProducts(rows: { sku: string; name: string; priceCents: number }[]) {
  let touched = 0;
  for (const row of rows) {
    await prisma.product.upsert({
      where: { sku: row.sku },
      create: { sku: row.sku, name: row.name, priceCents: row.priceCents },
      update: { name: row.name, priceCents: row.priceCents },
    });
    touched++;
    console.log(`imported ${row.sku}`);
  }
  return touched;
}
