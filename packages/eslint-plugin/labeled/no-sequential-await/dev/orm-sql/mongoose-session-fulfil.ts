// case: a Mongoose transaction reads an order and the stock of its item with .session(session)
// category: orm-sql
// why: both queries are bound to the same session inside withTransaction, so they run in order on
//      it; the saves are writes awaited for their effect
import mongoose from 'mongoose';
import { Order } from './models/order';
import { Inventory } from './models/inventory';

export async function fulfil(orderId: string) {
  const session = await mongoose.startSession();
  try {
    await session.withTransaction(async () => {
      const order = await Order.findById(orderId).session(session).orFail();
      const stock = await Inventory.findOne({ sku: order.sku }).session(session).orFail();

      if (stock.available < order.quantity) throw new Error('insufficient stock');
      stock.available -= order.quantity;
      order.status = 'fulfilled';
      await stock.save({ session });
      await order.save({ session });
    });
  } finally {
    await session.endSession();
  }
}
