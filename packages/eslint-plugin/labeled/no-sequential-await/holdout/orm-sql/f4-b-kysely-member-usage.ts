// case: a Kysely billing summary: member by email, a last-seen touch, then plan, usage and seats in the returned object
// category: orm-sql
// why: the member lookup comes first and every later query uses its result; the last-seen update
//      is awaited for its effect, so no group crosses it; after it, the plan, the month's usage
//      count and the org's seat count (read after the update settled) use nothing of each other
//      and sit in one return object (A)
import type { Kysely } from 'kysely';
import { startOfMonth } from 'date-fns';
import type { DB } from './db-types';

export async function billingSummary(db: Kysely<DB>, email: string) {
  const member = await db
    .selectFrom('members')
    .select(['id', 'plan_id', 'org_id'])
    .where('email', '=', email)
    .executeTakeFirstOrThrow();

  await db.updateTable('members').set({ last_seen_at: new Date() }).where('id', '=', member.id).execute();

  return {
    memberId: member.id,
    plan: /*@A*/ await db
      .selectFrom('plans')
      .select(['id', 'name', 'monthly_event_quota', 'price_cents'])
      .where('id', '=', member.plan_id)
      .executeTakeFirstOrThrow(),
    usage: /*@A*/ await db
      .selectFrom('usage_events')
      .select((eb) => eb.fn.countAll<number>().as('events'))
      .where('member_id', '=', member.id)
      .where('created_at', '>=', startOfMonth(new Date()))
      .executeTakeFirst(),
    seats: /*@A*/ await db
      .selectFrom('members')
      .select((eb) => eb.fn.countAll<number>().as('used'))
      .where('org_id', '=', member.org_id)
      .executeTakeFirst(),
  };
}
