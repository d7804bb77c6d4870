// case: a churn dashboard fetches each Paddle subscription by id with a classic index loop and fills a result array by position
// category: syntax-shapes
// why: `for (let i = 0; i < ids.length; i++)` over ids[i]; each iteration awaits subscriptions.get (a
//      read) for its own id and writes rows[i]. The counter only indexes the array, no call receives
//      anything from an earlier iteration, and there is no early exit: one report.
import { Environment, Paddle } from '@paddle/paddle-node-sdk';

const paddle = new Paddle(process.env.PADDLE_API_KEY, { environment: Environment.production });

export async function churnRisk(subscriptionIds) {
  const rows = new Array(subscriptionIds.length);

  /*@A*/ for (let i = 0; i < subscriptionIds.length; i++) {
    const sub = await paddle.subscriptions.get(subscriptionIds[i]);
    rows[i] = {
      id: sub.id,
      status: sub.status,
      scheduledChange: sub.scheduledChange?.action ?? null,
      nextBilledAt: sub.nextBilledAt,
      atRisk: sub.status === 'past_due' || sub.scheduledChange?.action === 'cancel',
    };
  }

  return rows.filter((r) => r.atRisk);
}
