// case: a Next.js webhook route verifies the Stripe signature, re-reads the Checkout session, then loads its line items and customer
// category: http-handlers
// why: req.text() must finish before constructEvent (a synchronous signature guard) can run, and the
//      session retrieve needs the verified event, so neither is a member. listLineItems and
//      customers.retrieve both use the session but not each other: they are group A. fulfillOrder is
//      a write awaited for its effect that uses both results, so it is no member.
import Stripe from 'stripe';
import { fulfillOrder } from '@/lib/orders';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET!;

export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get('stripe-signature') ?? '';

  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, webhookSecret);
  } catch (err) {
    return new Response(`Webhook Error: ${(err as Error).message}`, { status: 400 });
  }

  if (event.type !== 'checkout.session.completed') {
    return new Response(null, { status: 200 });
  }

  const session = await stripe.checkout.sessions.retrieve(event.data.object.id, {
    expand: ['payment_intent'],
  });
  const lineItems = /*@A*/ await stripe.checkout.sessions.listLineItems(session.id, { limit: 100 });
  const customer = /*@A*/ await stripe.customers.retrieve(session.customer as string);

  await fulfillOrder({
    checkoutSessionId: session.id,
    email: customer.deleted ? session.customer_details?.email : customer.email,
    items: lineItems.data.map((li) => ({ priceId: li.price?.id, quantity: li.quantity ?? 1 })),
  });

  return Response.json({ received: true });
}
