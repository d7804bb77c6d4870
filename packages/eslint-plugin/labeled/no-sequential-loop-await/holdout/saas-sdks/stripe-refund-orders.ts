// case: a support tool refunds every order of a cancelled event
// category: saas-sdks
// why: refunds.create moves money; each iteration is a write followed by an order update, so the loop
//      must stay a series of ordered effects
import Stripe from 'stripe';
import { prisma } from '@/lib/prisma';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { maxNetworkRetries: 2 });

export async function refundEvent(eventId: string) {
  const orders = await prisma.order.findMany({
    where: { eventId, status: 'paid' },
    select: { id: true, paymentIntentId: true },
  });

  const refunded: string[] = [];
  for (const order of orders) {
    const refund = await stripe.refunds.create(
      { payment_intent: order.paymentIntentId, reason: 'requested_by_customer' },
      { idempotencyKey: `refund-${order.id}` },
    );
    await prisma.order.update({ where: { id: order.id }, data: { status: 'refunded', refundId: refund.id } });
    refunded.push(order.id);
  }
  return refunded;
}
