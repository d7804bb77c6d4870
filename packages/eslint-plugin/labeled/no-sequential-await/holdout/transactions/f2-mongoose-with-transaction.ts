// case: redeeming a voucher reads the voucher and the wallet inside a Mongoose session transaction
// category: transactions
// why: the voucher and wallet reads do not use each other, but both run with the transaction session
//      inside withTransaction and stay in order; the saves are ordered writes on the same session
import mongoose from 'mongoose';
import { Voucher } from '../models/voucher';
import { Wallet } from '../models/wallet';

export async function redeemVoucher(userId: string, code: string) {
  const session = await mongoose.startSession();
  try {
    return await session.withTransaction(async () => {
      const voucher = await Voucher.findOne({ code, redeemedAt: null }).session(session);
      const wallet = await Wallet.findOne({ userId }).session(session);
      if (!voucher || !wallet) throw new Error('Invalid voucher');

      voucher.redeemedAt = new Date();
      voucher.redeemedBy = wallet.userId;
      await voucher.save({ session });

      wallet.balanceCents += voucher.amountCents;
      await wallet.save({ session });
      return wallet.balanceCents;
    });
  } finally {
    await session.endSession();
  }
}
