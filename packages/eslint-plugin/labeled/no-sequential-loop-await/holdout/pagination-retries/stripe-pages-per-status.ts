// case: a churn report pages through Stripe subscriptions separately for each status
// category: pagination-retries
// why: the inner do…while is ordered by `starting_after`, but that cursor lives inside one iteration of
//      the outer loop; the statuses are a fixed list and each iteration only reads and fills its own
//      key, so the outer loop is reported (the do…while is never a reportable loop)
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

const STATUSES: Stripe.SubscriptionListParams.Status[] = ['active', 'past_due', 'canceled', 'unpaid'];

export async function subscriptionsByStatus(createdAfter: number) {
  const byStatus: Partial<Record<string, Stripe.Subscription[]>> = {};
  /*@A*/ for (const status of STATUSES) {
    const all: Stripe.Subscription[] = [];
    let startingAfter: string | undefined;
    let hasMore = true;
    do {
      const page = await stripe.subscriptions.list({
        status,
        created: { gte: createdAfter },
        limit: 100,
        starting_after: startingAfter,
      });
      all.push(...page.data);
      hasMore = page.has_more;
      startingAfter = page.data.at(-1)?.id;
    } while (hasMore && startingAfter);
    byStatus[status] = all;
  }
  return byStatus;
}
