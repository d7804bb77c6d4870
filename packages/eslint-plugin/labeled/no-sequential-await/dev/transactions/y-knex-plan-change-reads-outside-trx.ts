// case: a plan change reads the account, the target plan and the seat count with the plain knex instance, then writes in a transaction
// category: transactions
// why: the three reads before `knex.transaction` go through the pool, not a transaction, hit three tables by
//      request ids and use nothing of each other: one group; the checks that follow use their results, and
//      the inserts and update inside the `trx` callback stay in order
import { knex } from '../db/knex';
import { NotFoundError, PlanLimitError } from '../errors';

export async function changePlan(accountId: string, planCode: string, actorId: string) {
  const account = /*@A*/ await knex('accounts').where({ id: accountId }).first();
  const plan = /*@A*/ await knex('plans').where({ code: planCode, active: true }).first();
  const seats = /*@A*/ await knex('memberships')
    .where({ account_id: accountId })
    .count<{ count: string }>('* as count')
    .first();

  if (!account || !plan) throw new NotFoundError('account or plan');
  const seatCount = Number(seats?.count ?? 0);
  if (seatCount > plan.max_seats) throw new PlanLimitError(plan.code, seatCount);

  return knex.transaction(async (trx) => {
    const [subscription] = await trx('subscriptions')
      .insert({ account_id: account.id, plan_code: plan.code, seats: seatCount, started_at: trx.fn.now() })
      .returning('*');
    await trx('subscription_events').insert({
      subscription_id: subscription.id,
      kind: 'plan_changed',
      actor_id: actorId,
      from_plan: account.plan_code,
    });
    await trx('accounts').where({ id: account.id }).update({ plan_code: plan.code });
    return subscription;
  });
}
