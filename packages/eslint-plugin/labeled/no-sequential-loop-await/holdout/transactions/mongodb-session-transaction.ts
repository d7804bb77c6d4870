// case: an inventory reservation reads each SKU inside a MongoDB transaction before decrementing it
// category: transactions
// why: findOne and updateOne run with `{ session }` inside withTransaction; the loop also writes and
//      throws on shortage, so it is ordered in several ways
import { MongoClient } from 'mongodb';

const client = new MongoClient(process.env.MONGODB_URI!);
const inventory = client.db('shop').collection<{ sku: string; available: number }>('inventory');

export async function reserve(items: Array<{ sku: string; qty: number }>) {
  const session = client.startSession();
  try {
    await session.withTransaction(async () => {
      for (const { sku, qty } of items) {
        const doc = await inventory.findOne({ sku }, { session });
        if (!doc || doc.available < qty) throw new Error(`insufficient stock for ${sku}`);
        await inventory.updateOne({ sku }, { $inc: { available: -qty } }, { session });
      }
    });
  } finally {
    await session.endSession();
  }
}
