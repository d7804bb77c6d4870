// case: a Next.js server action upserts a cart line, then reads the cart's lines back for the new total
// category: react-server
// why: the cookie read gives the cart id the upsert needs; the upsert is a discarded write, and the
//      findMany reads the same cartItem rows of the same cart right after it, so it must wait for the write
'use server';
import { cookies } from 'next/headers';
import { revalidateTag } from 'next/cache';
import { prisma } from '@/lib/prisma';

export async function addToCart(productId: string, quantity: number) {
  const cartId = (await cookies()).get('cartId')?.value;
  if (!cartId) throw new Error('No cart');

  await prisma.cartItem.upsert({
    where: { cartId_productId: { cartId, productId } },
    create: { cartId, productId, quantity },
    update: { quantity: { increment: quantity } },
  });

  const items = await prisma.cartItem.findMany({
    where: { cartId },
    include: { product: { select: { priceCents: true } } },
  });

  revalidateTag(`cart:${cartId}`);
  return {
    count: items.reduce((n, i) => n + i.quantity, 0),
    totalCents: items.reduce((sum, i) => sum + i.quantity * i.product.priceCents, 0),
  };
}
