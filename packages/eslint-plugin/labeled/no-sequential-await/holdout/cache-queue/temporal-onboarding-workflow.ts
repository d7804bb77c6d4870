// case: a Temporal workflow fetches the account and the plan through activities, sleeps, then sends a nudge
// category: cache-queue
// why: in a workflow every activity call is a recorded step; the two fetches look independent, but
//      reordering or merging them changes the workflow's command history, so they stay in order
import { proxyActivities, sleep } from '@temporalio/workflow';
import type * as activities from './activities';

const { getAccount, getPlan, sendNudgeEmail, markOnboarded } = proxyActivities<typeof activities>({
  startToCloseTimeout: '1 minute',
  retry: { maximumAttempts: 5 },
});

export async function onboardingWorkflow(accountId: string): Promise<void> {
  const account = await getAccount(accountId);
  const plan = await getPlan(accountId);

  await sleep('3 days');

  if (!account.activated) {
    await sendNudgeEmail({ to: account.ownerEmail, plan: plan.name });
  }
  await markOnboarded(accountId);
}
