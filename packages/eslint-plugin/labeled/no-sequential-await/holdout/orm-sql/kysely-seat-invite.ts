// case: an invite handler reads the account and the plan limits, writes an audit row, then counts seats and pending invites
// category: orm-sql
// why: the account and plan-limit selects are independent (group A); the audit insert is awaited for its
//      effect and ends that group; the seat count and invite list read other tables (group B)
import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';
import type { DB } from './types';

const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }) });

export async function canInvite(accountId: string, plan: string, actorId: string) {
  const account = /*@A*/ await db
    .selectFrom('accounts')
    .select(['id', 'name', 'suspended'])
    .where('id', '=', accountId)
    .executeTakeFirstOrThrow();
  const limits = /*@A*/ await db.selectFrom('plan_limits').select('max_seats').where('plan', '=', plan).executeTakeFirst();

  await db.insertInto('audit_log').values({ account_id: accountId, actor_id: actorId, action: 'invite.check' }).execute();

  const seats = /*@B*/ await db
    .selectFrom('seats')
    .select((eb) => eb.fn.countAll<number>().as('used'))
    .where('account_id', '=', accountId)
    .executeTakeFirstOrThrow();
  const pending = /*@B*/ await db
    .selectFrom('invites')
    .select(['email', 'expires_at'])
    .where('account_id', '=', accountId)
    .where('accepted_at', 'is', null)
    .execute();

  const max = limits?.max_seats ?? 3;
  return { allowed: !account.suspended && seats.used + pending.length < max, pending };
}
