// case: a Next.js route handler for Stripe webhooks with a Redis idempotency key and per-event branches
// category: saas-sdks
// why: the raw body must be read before the signature check; the SET NX is a write whose answer
//      gates everything after it. In checkout.session.completed the customer retrieve needs the
//      session and the order create is a write. In invoice.paid the subscription retrieve and the
//      account lookup are reads of two systems keyed by fields of the invoice, neither using the
//      other (A); the update uses both and is a write
import Stripe from 'stripe';
import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';
import { redis } from '@/lib/redis';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get('stripe-signature') ?? '';

  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch {
    return new NextResponse('invalid signature', { status: 400 });
  }

  const first = await redis.set(`stripe:evt:${event.id}`, '1', 'EX', 60 * 60 * 24 * 3, 'NX');
  if (first !== 'OK') {
    return NextResponse.json({ received: true, duplicate: true });
  }

  switch (event.type) {
    case 'checkout.session.completed': {
      const session = await stripe.checkout.sessions.retrieve(event.data.object.id, {
        expand: ['line_items'],
      });
      const customer = await stripe.customers.retrieve(session.customer as string);
      if (customer.deleted) break;
      await prisma.order.create({
        data: {
          stripeSessionId: session.id,
          email: customer.email ?? '',
          amountTotal: session.amount_total ?? 0,
          items: {
            create: (session.line_items?.data ?? []).map((li) => ({
              priceId: li.price?.id ?? '',
              quantity: li.quantity ?? 1,
            })),
          },
        },
      });
      break;
    }
    case 'invoice.paid': {
      const invoice = event.data.object;
      const subscriptionId = invoice.parent?.subscription_details?.subscription as string;
      const subscription = /*@A*/ await stripe.subscriptions.retrieve(subscriptionId);
      const account = /*@A*/ await prisma.account.findUnique({
        where: { stripeCustomerId: invoice.customer as string },
      });
      if (!account) break;
      const item = subscription.items.data[0];
      await prisma.account.update({
        where: { id: account.id },
        data: {
          plan: item?.price.lookup_key ?? 'unknown',
          status: subscription.status,
          currentPeriodEnd: item ? new Date(item.current_period_end * 1000) : null,
        },
      });
      break;
    }
    default:
      break;
  }

  return NextResponse.json({ received: true });
}
