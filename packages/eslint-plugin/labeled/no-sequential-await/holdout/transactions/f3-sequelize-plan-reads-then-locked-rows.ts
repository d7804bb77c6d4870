// case: a plan upgrade reads the plan and the promo, then locks the user and wallet rows in a Sequelize transaction
// category: transactions
// why: Plan.findByPk and Promo.findOne run outside any transaction and use nothing of each other;
//      the check on the plan sits between them and the transaction; the two locked reads pass
//      transaction: t and stay in order on its connection
import { sequelize } from '../db';
import { Plan, Promo, User, Wallet } from '../models';

export async function upgradePlan(userId: number, planId: number, promoCode: string) {
  const plan = /*@A*/ await Plan.findByPk(planId);
  const promo = /*@A*/ await Promo.findOne({ where: { code: promoCode, active: true } });
  if (!plan) throw new Error(`plan ${planId} not found`);

  const t = await sequelize.transaction();
  try {
    const user = await User.findByPk(userId, { transaction: t, lock: t.LOCK.UPDATE });
    const wallet = await Wallet.findOne({ where: { userId }, transaction: t, lock: t.LOCK.UPDATE });
    if (!user || !wallet) throw new Error('user or wallet missing');

    const price = promo ? Math.round(plan.priceCents * (1 - promo.percentOff / 100)) : plan.priceCents;
    if (wallet.balanceCents < price) throw new Error('insufficient balance');

    await wallet.decrement('balanceCents', { by: price, transaction: t });
    await user.update({ planId }, { transaction: t });
    await t.commit();
    return { planId, charged: price };
  } catch (err) {
    await t.rollback();
    throw err;
  }
}
