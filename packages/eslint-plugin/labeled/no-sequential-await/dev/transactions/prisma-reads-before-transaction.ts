// case: checkout reads the cart, the coupon and the default address, then writes the order in a transaction
// category: transactions
// why: the three reads run on the plain prisma client outside any transaction and take only the
//      arguments; the $transaction uses their results, and its inner calls stay in order
import { prisma } from '../db';

export async function checkout(cartId: string, userId: string, couponCode?: string) {
  const cart = /*@A*/ await prisma.cart.findUniqueOrThrow({ where: { id: cartId }, include: { items: true } });
  const coupon = /*@A*/ await prisma.coupon.findFirst({ where: { code: couponCode ?? '', active: true } });
  const address = /*@A*/ await prisma.address.findFirst({ where: { userId, isDefault: true } });
  if (!address) throw new Error('no shipping address');

  const subtotal = cart.items.reduce((sum, item) => sum + item.priceCents * item.quantity, 0);
  const discount = coupon ? Math.round((subtotal * coupon.percentOff) / 100) : 0;

  return prisma.$transaction(async (tx) => {
    const order = await tx.order.create({
      data: { userId, addressId: address.id, totalCents: subtotal - discount, couponId: coupon?.id },
    });
    await tx.orderItem.createMany({ data: cart.items.map((item) => ({ orderId: order.id, sku: item.sku, quantity: item.quantity })) });
    await tx.cart.delete({ where: { id: cartId } });
    return order;
  });
}
