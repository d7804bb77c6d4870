// case: Mongoose order fulfilment: a stock reservation per line inside a session transaction, and a product lookup per id outside it
// category: transactions
// why: reserveLines runs inside session.withTransaction and every query carries the session, so
//      its loop stays in order; it also writes and throws on missing stock. productCards loops
//      over an array of ids and each iteration runs one lean findById read for its id, outside any
//      session, skipping misses with continue and pushing the card (A)
import mongoose from 'mongoose';
import { Order, Product, StockReservation } from './models';

export class OutOfStockError extends Error {}

type ProductCard = { id: string; name: string; slug: string; price: number; image: string | null };

export async function reserveLines(orderId: string) {
  const session = await mongoose.startSession();
  try {
    await session.withTransaction(async () => {
      const order = await Order.findById(orderId).session(session).orFail();
      for (const line of order.lines) {
        const product = await Product.findOne({ _id: line.productId, stock: { $gte: line.qty } }).session(session);
        if (!product) throw new OutOfStockError(String(line.productId));
        product.stock -= line.qty;
        await product.save({ session });
        await StockReservation.create([{ orderId, productId: line.productId, qty: line.qty }], { session });
      }
      order.status = 'reserved';
      await order.save({ session });
    });
  } finally {
    await session.endSession();
  }
}

export async function productCards(ids: string[]) {
  const cards: ProductCard[] = [];
  /*@A*/ for (const id of ids) {
    const product = await Product.findById(id).select('name slug price images').lean();
    if (!product) continue;
    cards.push({
      id,
      name: product.name,
      slug: product.slug,
      price: product.price,
      image: product.images[0] ?? null,
    });
  }
  return cards;
}
