import Stripe from 'stripe';

import { prisma } from '../lib/db';

let stripe: Stripe | undefined;

function stripeClient() {
  stripe ??= new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20' });
  return stripe;
}

export default async function orgBilling(orgId: string) {
  const org = await prisma.organization.findUniqueOrThrow({
    where: { id: orgId },
    select: { stripeSubscriptionId: true },
  });
  if (!org.stripeSubscriptionId) return { plan: 'free', status: 'active', renewsAt: null };
  const sub = await stripeClient().subscriptions.retrieve(org.stripeSubscriptionId);
  return {
    plan: sub.items.data[0]?.price.lookup_key ?? 'unknown',
    status: sub.status,
    renewsAt: new Date(sub.current_period_end * 1000),
  };
}
