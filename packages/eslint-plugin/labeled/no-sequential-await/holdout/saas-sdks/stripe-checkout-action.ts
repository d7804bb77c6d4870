// case: a server action reads the price, creates the Stripe customer, saves its id and opens Checkout
// category: saas-sdks
// why: customers.create is a write and may not start before the price read settles; the db update is
//      awaited for its effect; the Checkout session needs the customer id, so nothing forms a group
'use server';

import { eq } from 'drizzle-orm';
import { redirect } from 'next/navigation';
import Stripe from 'stripe';
import { auth } from '@/auth';
import { db } from '@/db';
import { users } from '@/db/schema';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function startCheckout(priceId: string) {
  const session = await auth();
  if (!session?.user?.email || !session.user.id) throw new Error('Sign in first');

  const price = await stripe.prices.retrieve(priceId);
  const customer = await stripe.customers.create({
    email: session.user.email,
    metadata: { userId: session.user.id },
  });
  await db.update(users).set({ stripeCustomerId: customer.id }).where(eq(users.id, session.user.id));

  const checkout = await stripe.checkout.sessions.create({
    customer: customer.id,
    mode: price.recurring ? 'subscription' : 'payment',
    line_items: [{ price: price.id, quantity: 1 }],
    success_url: `${process.env.APP_URL}/billing?done=1`,
    cancel_url: `${process.env.APP_URL}/pricing`,
  });
  redirect(checkout.url!);
}
