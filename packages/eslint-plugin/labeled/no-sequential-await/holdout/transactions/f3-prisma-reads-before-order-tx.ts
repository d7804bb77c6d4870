// case: checkout reads the cart and the coupon on the Prisma client, then creates the order in a transaction
// category: transactions
// why: the two reads run on the plain client before the transaction starts, read different tables by
//      the ids given to the function and use nothing of each other; the transaction uses both
import { prisma } from '../db';
import { priceCart } from '../pricing';

export async function placeOrder(userId: string, cartId: string, couponCode: string) {
  const cart = /*@A*/ await prisma.cart.findUniqueOrThrow({
    where: { id: cartId },
    include: { items: { include: { product: true } } },
  });
  const coupon = /*@A*/ await prisma.coupon.findUnique({ where: { code: couponCode } });

  const totalCents = priceCart(cart, coupon);

  return prisma.$transaction(async (tx) => {
    const order = await tx.order.create({
      data: {
        userId,
        totalCents,
        couponId: coupon?.id,
        lines: { create: cart.items.map((i) => ({ productId: i.productId, qty: i.qty })) },
      },
    });
    await tx.cart.delete({ where: { id: cartId } });
    return order;
  });
}
