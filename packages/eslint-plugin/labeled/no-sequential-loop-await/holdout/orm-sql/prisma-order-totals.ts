// case: an invoice job sums the line items of each order of the month with a Prisma aggregate
// category: orm-sql
// why: aggregate is a read, one per order id from the list loaded before the loop; the results go into
//      a Map by order id, so the aggregates are independent
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function monthlyTotals(accountId: string, month: Date) {
  const start = new Date(month.getFullYear(), month.getMonth(), 1);
  const end = new Date(month.getFullYear(), month.getMonth() + 1, 1);
  const orders = await prisma.order.findMany({
    where: { accountId, placedAt: { gte: start, lt: end } },
    select: { id: true, number: true },
  });

  const totals = new Map<string, number>();
  /*@A*/ for (const order of orders) {
    const { _sum } = await prisma.orderItem.aggregate({
      where: { orderId: order.id },
      _sum: { amountCents: true },
    });
    totals.set(order.number, _sum.amountCents ?? 0);
  }
  return totals;
}
