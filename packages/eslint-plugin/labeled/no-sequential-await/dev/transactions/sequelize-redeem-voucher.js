// case: voucher redemption reads the user and locks the wallet in a Sequelize managed transaction
// category: transactions
// why: every query passes `transaction: t` of one sequelize.transaction callback, so the reads stay
//      in order with the increment and the ledger insert
const { sequelize, User, Wallet, LedgerEntry } = require('../models');

async function redeemVoucher(userId, voucher) {
  return sequelize.transaction(async (t) => {
    const user = await User.findByPk(userId, { transaction: t, rejectOnEmpty: true });
    const wallet = await Wallet.findOne({ where: { userId }, transaction: t, lock: t.LOCK.UPDATE });
    if (!wallet) throw new Error(`no wallet for ${user.email}`);

    await wallet.increment('balance', { by: voucher.amount, transaction: t });
    await LedgerEntry.create(
      { walletId: wallet.id, amount: voucher.amount, reason: `voucher:${voucher.code}` },
      { transaction: t },
    );
    return { email: user.email, balance: wallet.balance + voucher.amount };
  });
}

module.exports = { redeemVoucher };
