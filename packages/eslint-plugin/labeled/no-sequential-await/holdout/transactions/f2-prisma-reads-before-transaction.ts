// case: a checkout reads the cart and the customer, then writes the order inside a Prisma interactive transaction
// category: transactions
// why: the two reads before $transaction take only the ids passed in and use nothing of each other; inside
//      the callback every call goes through the transaction client tx and stays in order, even the two
//      reads of products and coupon that do not depend on each other
import { prisma } from './prisma';

export async function placeOrder(cartId: string, customerId: string, couponCode?: string) {
  const cart = /*@A*/ await prisma.cart.findUniqueOrThrow({
    where: { id: cartId },
    include: { items: true },
  });
  const customer = /*@A*/ await prisma.customer.findUniqueOrThrow({ where: { id: customerId } });

  const productIds = cart.items.map((i) => i.productId);

  return prisma.$transaction(async (tx) => {
    const products = await tx.product.findMany({ where: { id: { in: productIds } } });
    const coupon = await tx.coupon.findFirst({ where: { code: couponCode ?? '', active: true } });
    const price = new Map(products.map((p) => [p.id, p.priceCents]));
    const subtotal = cart.items.reduce((sum, i) => sum + i.quantity * (price.get(i.productId) ?? 0), 0);
    const order = await tx.order.create({
      data: {
        customerId: customer.id,
        currency: customer.currency,
        totalCents: coupon ? Math.round(subtotal * (1 - coupon.percentOff / 100)) : subtotal,
        lines: { create: cart.items.map((i) => ({ productId: i.productId, quantity: i.quantity })) },
      },
    });
    await tx.cart.delete({ where: { id: cartId } });
    return order;
  });
}
