// case: a nightly sync pushes each changed account to the CRM through a local helper
// category: local-helpers
// why: not reported: syncAccount reads the account and then PATCHes the CRM record, a write, and
//      the loop awaits it for its effect
import { prisma } from '../db';

const CRM_URL = process.env.CRM_URL!;

async function syncAccount(accountId: string) {
  const account = await prisma.account.findUniqueOrThrow({ where: { id: accountId } });
  await fetch(`${CRM_URL}/companies/${account.crmId}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.CRM_TOKEN}` },
    body: JSON.stringify({ name: account.name, plan: account.plan, seats: account.seats }),
  });
}

export async function syncChangedAccounts(ids: string[]) {
  for (const id of ids) {
    await syncAccount(id);
  }
  console.log(`synced ${ids.length} accounts`);
}
