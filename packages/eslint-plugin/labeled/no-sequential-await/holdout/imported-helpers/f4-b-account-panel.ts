// case: a support console loader built from imported account helpers: access check, account and tickets, a last-seen touch, activity
// category: imported-helpers
// why: assertAccountAccess is a guard (it throws); getAccount and getOpenTickets are two selects of
//      different tables keyed by the account id (A). touchLastSeen is an UPDATE … RETURNING of
//      accounts, a write, so it cannot join A; getActivitySummary then selects from accounts, the
//      table just written, so it stays after it
import {
  assertAccountAccess,
  getAccount,
  getActivitySummary,
  getOpenTickets,
  touchLastSeen,
} from './_modules/f4-b-accounts';

export async function accountPanel(viewerId: string, accountId: string) {
  await assertAccountAccess(viewerId, accountId);

  const account = /*@A*/ await getAccount(accountId);
  const tickets = /*@A*/ await getOpenTickets(accountId);
  const seenAt = await touchLastSeen(accountId);
  const activity = await getActivitySummary(accountId);

  return { account, tickets, seenAt, activity };
}
