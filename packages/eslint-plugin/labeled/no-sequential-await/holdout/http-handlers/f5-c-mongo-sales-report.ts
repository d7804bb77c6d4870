// case: an Express admin route builds a monthly sales report from three MongoDB reads
// category: http-handlers
// why: the two orders aggregations and the refunds count in buildReport's arguments use only the
//      month range and nothing of each other, so they form group A; the insertOne that stores the
//      report is a write awaited for its effect after them and is not a member
import express from 'express';
import { MongoClient } from 'mongodb';
import { buildReport, monthRange } from './report';

const mongo = new MongoClient(process.env.MONGO_URL!);
const db = mongo.db('shop');
export const router = express.Router();

router.get('/admin/reports/:month', async (req, res) => {
  const { start, end } = monthRange(req.params.month);
  const paid = { $match: { createdAt: { $gte: start, $lt: end }, status: 'paid' } };

  const report = buildReport(
    req.params.month,
    /*@A*/ await db
      .collection('orders')
      .aggregate([paid, { $group: { _id: null, revenue: { $sum: '$total' }, orders: { $sum: 1 } } }])
      .toArray(),
    /*@A*/ await db
      .collection('orders')
      .aggregate([
        paid,
        { $unwind: '$items' },
        { $group: { _id: '$items.sku', qty: { $sum: '$items.qty' } } },
        { $sort: { qty: -1 } },
        { $limit: 20 },
      ])
      .toArray(),
    /*@A*/ await db.collection('refunds').countDocuments({ createdAt: { $gte: start, $lt: end } }),
  );

  await db.collection('reports').insertOne({ month: req.params.month, ...report, generatedAt: new Date() });
  res.json(report);
});
