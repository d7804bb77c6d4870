// case: a Next.js route returns the signed-in user's Stripe customer, subscriptions, invoices and cards
// category: saas-sdks
// why: Clerk's currentUser() gives the customer id and the null check guards the rest; the four Stripe
//      calls in the returned object literal are reads (retrieve and list) that each take only that id
import { currentUser } from '@clerk/nextjs/server';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function GET() {
  const user = await currentUser();
  if (!user) {
    return Response.json({ error: 'unauthorized' }, { status: 401 });
  }
  const customerId = user.privateMetadata.stripeCustomerId as string;

  return Response.json({
    customer: /*@A*/ await stripe.customers.retrieve(customerId),
    subscriptions: (
      /*@A*/ await stripe.subscriptions.list({ customer: customerId, status: 'all', limit: 10 })
    ).data,
    invoices: (/*@A*/ await stripe.invoices.list({ customer: customerId, limit: 12 })).data.map((inv) => ({
      id: inv.id,
      total: inv.total,
      status: inv.status,
      pdf: inv.invoice_pdf,
    })),
    cards: (/*@A*/ await stripe.paymentMethods.list({ customer: customerId, type: 'card' })).data,
  });
}
