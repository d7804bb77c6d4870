// case: a checkout locks the inventory row of each cart line, in SKU order, inside one transaction
// category: transactions
// why: the reads run through the `tx` handle of an interactive $transaction (one connection) and
//      take row locks with FOR UPDATE in a deliberate order to avoid deadlocks; the second loop
//      writes; both stay sequential
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

type Line = { sku: string; qty: number };

export async function reserve(orderId: string, lines: Line[]) {
  const sorted = [...lines].sort((a, b) => a.sku.localeCompare(b.sku));
  return prisma.$transaction(async (tx) => {
    const short: string[] = [];
    for (const line of sorted) {
      const [row] = await tx.$queryRaw<{ available: number }[]>`
        SELECT available FROM inventory WHERE sku = ${line.sku} FOR UPDATE`;
      if (!row || row.available < line.qty) short.push(line.sku);
    }
    if (short.length > 0) return { ok: false as const, short };
    for (const line of sorted) {
      await tx.inventory.update({
        where: { sku: line.sku },
        data: { available: { decrement: line.qty } },
      });
    }
    await tx.reservation.create({ data: { orderId, lines: sorted } });
    return { ok: true as const, short };
  });
}
