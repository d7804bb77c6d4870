// case: a subscribe action reads the plan and the coupon with the plain db handle, then writes the subscription in a transaction
// category: transactions
// why: the two reads run outside the transaction on the pooled client and use nothing of each other
//      (group A); inside the transaction the insert and updates share tx and stay in order
import { and, eq, gt, sql } from 'drizzle-orm';
import { db } from '@/db';
import { coupons, plans, subscriptions, users } from '@/db/schema';

export async function subscribe(userId: string, planSlug: string, couponCode?: string) {
  const plan = /*@A*/ await db.query.plans.findFirst({ where: eq(plans.slug, planSlug) });
  const coupon = /*@A*/ await db.query.coupons.findFirst({
    where: and(eq(coupons.code, couponCode ?? ''), gt(coupons.expiresAt, new Date())),
  });
  if (!plan) throw new Error(`unknown plan ${planSlug}`);

  return db.transaction(async (tx) => {
    const [sub] = await tx
      .insert(subscriptions)
      .values({ userId, planId: plan.id, couponId: coupon?.id ?? null, startedAt: new Date() })
      .returning();
    await tx.update(users).set({ plan: plan.slug }).where(eq(users.id, userId));
    if (coupon) {
      await tx
        .update(coupons)
        .set({ redemptions: sql`${coupons.redemptions} + 1` })
        .where(eq(coupons.id, coupon.id));
    }
    return sub;
  });
}
