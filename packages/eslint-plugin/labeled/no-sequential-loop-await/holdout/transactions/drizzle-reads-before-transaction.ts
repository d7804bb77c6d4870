// case: a checkout loads the products of the cart, then writes the order in a Drizzle transaction
// category: transactions
// why: the first loop runs before the transaction on the shared `db` and only reads one product per
//      line (pushed), so it is reported; the second loop runs inside the transaction on `tx` and
//      inserts, so it is not
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { orders, orderLines, products } from '@/db/schema';

type Line = { productId: string; quantity: number };

export async function checkout(userId: string, lines: Line[]) {
  const priced: Array<Line & { unitCents: number }> = [];
  /*@A*/ for (const line of lines) {
    const [product] = await db
      .select({ priceCents: products.priceCents })
      .from(products)
      .where(eq(products.id, line.productId));
    if (!product) continue;
    priced.push({ ...line, unitCents: product.priceCents });
  }

  return db.transaction(async (tx) => {
    const [order] = await tx.insert(orders).values({ userId, status: 'pending' }).returning({ id: orders.id });
    for (const line of priced) {
      await tx.insert(orderLines).values({ orderId: order!.id, ...line });
    }
    return order!.id;
  });
}
