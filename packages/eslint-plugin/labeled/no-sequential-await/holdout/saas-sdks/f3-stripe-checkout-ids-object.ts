// case: a checkout success handler retrieves the session, copies its ids into an object, then retrieves the subscription
// category: saas-sdks
// why: the subscription id reaches the second retrieve through ids.subscription, which is assigned
//      from the session right before; the account update uses both results
import Stripe from 'stripe';
import { prisma } from '@/lib/prisma';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function GET(req: Request) {
  const sessionId = new URL(req.url).searchParams.get('session_id');
  if (!sessionId) return new Response('missing session', { status: 400 });

  const ids: { customer?: string; subscription?: string } = {};
  const session = await stripe.checkout.sessions.retrieve(sessionId);
  ids.customer = session.customer as string;
  ids.subscription = session.subscription as string;

  const subscription = await stripe.subscriptions.retrieve(ids.subscription, {
    expand: ['items.data.price'],
  });

  await prisma.account.update({
    where: { stripeCustomerId: ids.customer },
    data: { plan: subscription.items.data[0]?.price.lookup_key ?? 'free', status: subscription.status },
  });

  return Response.redirect(new URL('/settings/billing?upgraded=1', req.url), 303);
}
