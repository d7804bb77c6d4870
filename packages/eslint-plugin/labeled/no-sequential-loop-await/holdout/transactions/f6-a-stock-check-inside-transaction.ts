// case: an order service checks stock for every cart line inside a Prisma interactive transaction before decrementing it
// category: transactions
// why: the loop only reads (findUnique per SKU), but every read goes through the tx handle of one
//      interactive transaction, which runs on a single connection and keeps its queries in order; the
//      loop also throws on the first short SKU. Not a report.
import { prisma } from '../db/prisma';

type Line = { sku: string; quantity: number };

export async function commitStock(orderId: string, lines: Line[]) {
  return prisma.$transaction(async (tx) => {
    const levels = new Map<string, number>();

    for (const line of lines) {
      const level = await tx.inventoryLevel.findUnique({ where: { sku: line.sku }, select: { available: true } });
      if (!level || level.available < line.quantity) {
        throw new Error(`insufficient stock for ${line.sku}`);
      }
      levels.set(line.sku, level.available);
    }

    await tx.inventoryMovement.createMany({
      data: lines.map((l) => ({ orderId, sku: l.sku, delta: -l.quantity })),
    });
    return levels;
  });
}
