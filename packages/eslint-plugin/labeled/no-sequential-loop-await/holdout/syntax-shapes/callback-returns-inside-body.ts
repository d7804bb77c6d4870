// case: a recommendation step loads the purchase history of each customer and keeps recent categories
// category: syntax-shapes
// why: the `return`s belong to the arrow functions passed to filter and map, not to the loop; each
//      iteration does one read for its customer and pushes a result, so the loop is reported
import { prisma } from '@/lib/prisma';

const NINETY_DAYS = 90 * 24 * 60 * 60 * 1000;

export async function recentCategories(customerIds: string[]) {
  const result: Array<{ customerId: string; categories: string[] }> = [];
  /*@A*/ for (const customerId of customerIds) {
    const purchases = await prisma.purchase.findMany({
      where: { customerId },
      select: { createdAt: true, product: { select: { category: true } } },
    });
    const recent = purchases.filter((p) => {
      return Date.now() - p.createdAt.getTime() < NINETY_DAYS;
    });
    const categories = [...new Set(recent.map((p) => {
      return p.product.category;
    }))];
    result.push({ customerId, categories });
  }
  return result;
}
