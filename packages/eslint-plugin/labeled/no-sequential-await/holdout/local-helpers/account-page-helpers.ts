// case: an account page calls three local helpers that read the user, the month's usage and the API keys
// category: local-helpers
// why: each helper body is a single read keyed by the user id and none writes shared state, so the three
//      calls are independent and form one group
import { and, eq, gte, sum } from 'drizzle-orm';
import { db } from '@/db';
import { apiKeys, usageEvents, users } from '@/db/schema';

function startOfMonth(now = new Date()) {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

async function getUser(id: string) {
  return db.query.users.findFirst({ where: eq(users.id, id), columns: { id: true, email: true, plan: true } });
}

async function getMonthlyUsage(userId: string, since: Date) {
  const [row] = await db
    .select({ total: sum(usageEvents.units) })
    .from(usageEvents)
    .where(and(eq(usageEvents.userId, userId), gte(usageEvents.at, since)));
  return Number(row?.total ?? 0);
}

async function listKeys(userId: string) {
  return db
    .select({ id: apiKeys.id, prefix: apiKeys.prefix, lastUsedAt: apiKeys.lastUsedAt })
    .from(apiKeys)
    .where(eq(apiKeys.userId, userId));
}

export async function accountPage(userId: string) {
  const since = startOfMonth();
  const user = /*@A*/ await getUser(userId);
  const usage = /*@A*/ await getMonthlyUsage(userId, since);
  const keys = /*@A*/ await listKeys(userId);
  return { user, usage, keys };
}
