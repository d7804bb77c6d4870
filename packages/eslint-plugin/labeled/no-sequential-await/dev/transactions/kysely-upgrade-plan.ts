// case: a plan upgrade reads the account and the plan inside a Kysely transaction
// category: transactions
// why: both selects run on the `trx` of db.transaction().execute, so they stay in order with the
//      update and insert that follow
import type { Kysely } from 'kysely';
import type { DB } from './types';

export async function upgradePlan(db: Kysely<DB>, accountId: string, planId: string) {
  return db.transaction().execute(async (trx) => {
    const account = await trx
      .selectFrom('accounts')
      .selectAll()
      .where('id', '=', accountId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const plan = await trx
      .selectFrom('plans')
      .select(['id', 'seats', 'price_cents'])
      .where('id', '=', planId)
      .executeTakeFirstOrThrow();
    if (account.seats_used > plan.seats) throw new Error('too many seats for this plan');

    await trx.updateTable('accounts').set({ plan_id: plan.id }).where('id', '=', accountId).execute();
    return trx
      .insertInto('plan_changes')
      .values({ account_id: accountId, from_plan: account.plan_id, to_plan: plan.id })
      .returningAll()
      .executeTakeFirstOrThrow();
  });
}
