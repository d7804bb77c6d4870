// case: a Next.js route handler showing the signed-in user's billing overview from Stripe (Auth.js v5)
// category: saas-sdks
// why: auth() is the session guard that returns 401; the customer, invoice list and subscription list
//      are Stripe reads on the same customer id that use nothing of each other (A); the POST handler is
//      a guard followed by one portal-session create
import { NextResponse } from 'next/server';
import Stripe from 'stripe';
import { auth } from '@/auth';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function GET() {
  const session = await auth();
  const customerId = session?.user?.stripeCustomerId;
  if (!customerId) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });

  const customer = /*@A*/ await stripe.customers.retrieve(customerId);
  const invoices = /*@A*/ await stripe.invoices.list({ customer: customerId, limit: 12 });
  const subscriptions = /*@A*/ await stripe.subscriptions.list({ customer: customerId, status: 'all' });

  if (customer.deleted) return NextResponse.json({ error: 'customer deleted' }, { status: 410 });

  return NextResponse.json({
    email: customer.email,
    invoices: invoices.data.map((i) => ({ id: i.id, total: i.total, status: i.status })),
    plan: subscriptions.data[0]?.items.data[0]?.price.nickname ?? 'free',
  });
}

export async function POST(req: Request) {
  const session = await auth();
  const customerId = session?.user?.stripeCustomerId;
  if (!customerId) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const portal = await stripe.billingPortal.sessions.create({
    customer: customerId,
    return_url: new URL('/settings/billing', req.url).toString(),
  });
  return NextResponse.json({ url: portal.url });
}
