// case: a gift card redemption reads the user and the card with plain Mongoose queries, then claims it in a session transaction
// category: transactions
// why: the two `.lean()` reads run outside any session, on different collections, by request values: one
//      group; the guard `if` uses both results, so the session start after it is not a member, and the
//      updates inside `withTransaction` carry `session` and stay in order
import mongoose from 'mongoose';
import { GiftCard, User, Wallet } from '../models';
import { RedeemError } from '../errors';

export async function redeemGiftCard(userId: string, rawCode: string) {
  const user = /*@A*/ await User.findById(userId).select('walletId email').lean();
  const card = /*@A*/ await GiftCard.findOne({ code: rawCode.trim().toUpperCase() }).lean();
  if (!user || !card || card.redeemedAt) throw new RedeemError('invalid card');

  const session = await mongoose.startSession();
  try {
    let balance = 0;
    await session.withTransaction(async () => {
      const claimed = await GiftCard.findOneAndUpdate(
        { _id: card._id, redeemedAt: null },
        { $set: { redeemedAt: new Date(), redeemedBy: userId } },
        { session, new: true },
      );
      if (!claimed) throw new RedeemError('already redeemed');
      const wallet = await Wallet.findOneAndUpdate(
        { _id: user.walletId },
        { $inc: { balanceCents: claimed.amountCents } },
        { session, new: true },
      );
      balance = wallet?.balanceCents ?? 0;
    });
    return { balanceCents: balance, email: user.email };
  } finally {
    await session.endSession();
  }
}
