// case: order confirmation reads the order, the customer and stock with .session(session) inside withTransaction
// category: transactions
// why: the three reads are bound to the same session's transaction, which runs one operation at a
//      time, so they stay in order with the writes after them
import mongoose from 'mongoose';
import { Customer, Inventory, Order } from './models';

export async function confirmOrder(orderId: string, customerId: string, skus: string[]): Promise<void> {
  const session = await mongoose.startSession();
  try {
    await session.withTransaction(async () => {
      const order = await Order.findById(orderId).session(session).orFail();
      const customer = await Customer.findById(customerId).session(session).orFail();
      const stock = await Inventory.find({ sku: { $in: skus } }).session(session);
      if (stock.some((item) => item.available < 1)) throw new Error('out of stock');

      order.status = 'confirmed';
      order.customerName = customer.name;
      await order.save({ session });
      await Inventory.updateMany({ sku: { $in: skus } }, { $inc: { available: -1 } }, { session });
    });
  } finally {
    await session.endSession();
  }
}
