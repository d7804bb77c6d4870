// case: a checkout action lists the active prices, then gets the user's Stripe customer with an imported customerFor helper
// category: imported-helpers
// why: customerFor creates a Stripe customer when the search finds none, a write behind a read-like
//      name; it comes after the price list read, and combined it could create a customer even when
//      listing the prices throws, so it stays after; the checkout session create needs both
import Stripe from 'stripe';
import { listActivePrices, customerFor } from './_modules/f2-billing';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function startCheckout(user: { id: string; email: string }, lookupKey: string) {
  const prices = await listActivePrices();
  const customer = await customerFor(user);

  const price = prices.find((p) => p.lookup_key === lookupKey);
  if (!price) throw new Error(`no active price with lookup key ${lookupKey}`);

  const session = await stripe.checkout.sessions.create({
    mode: 'subscription',
    customer: customer.id,
    line_items: [{ price: price.id, quantity: 1 }],
    success_url: `${process.env.APP_URL}/billing?checkout=success`,
    cancel_url: `${process.env.APP_URL}/billing?checkout=cancelled`,
  });
  return session.url;
}
