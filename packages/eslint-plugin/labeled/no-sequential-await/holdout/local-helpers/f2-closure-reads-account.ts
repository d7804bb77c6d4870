// case: an Express handler loads an account with Mongoose, then a closure built over it loads the orders
// category: local-helpers
// why: fetchOrders reads account._id from the enclosing scope, so the orders query needs the account read
//      to finish first; there are only these two awaits
import type { Request, Response } from 'express';
import { Account } from '../models/account';
import { Order } from '../models/order';

export async function accountWithOrders(req: Request, res: Response) {
  const email = String(req.query.email ?? '').trim().toLowerCase();
  const account = await Account.findOne({ email })
    .select('_id email plan createdAt')
    .orFail()
    .lean();

  const fetchOrders = (limit: number) =>
    Order.find({ accountId: account._id, status: { $ne: 'draft' } })
      .sort({ createdAt: -1 })
      .limit(limit)
      .lean();

  const orders = await fetchOrders(Number(req.query.limit ?? 20));
  res.json({ account, orders });
}
