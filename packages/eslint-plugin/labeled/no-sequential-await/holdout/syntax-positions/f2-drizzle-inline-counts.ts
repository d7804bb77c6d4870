// case: two Express admin routes await Drizzle reads inline, in an object literal and as call arguments
// category: syntax-positions
// why: group A is the two awaits of one object literal, each counting its own table; group B is the two
//      awaits passed to summarize, each reading a different table; within each group nothing uses the
//      other's result
import { Router } from 'express';
import { count, eq, gte } from 'drizzle-orm';
import { db } from '../db';
import { customers, invoices, payments, refunds } from '../db/schema';
import { requireAdmin } from '../middleware/auth';
import { summarize } from '../lib/summary';

export const adminRouter = Router();

adminRouter.get('/admin/counts', requireAdmin, async (_req, res) => {
  res.json({
    customers: (/*@A*/ await db.select({ n: count() }).from(customers))[0].n,
    unpaid: (/*@A*/ await db.select({ n: count() }).from(invoices).where(eq(invoices.status, 'unpaid')))[0].n,
  });
});

adminRouter.get('/admin/cashflow', requireAdmin, async (req, res) => {
  const since = new Date(String(req.query.since ?? '1970-01-01'));
  res.json(
    summarize(
      /*@B*/ await db.select().from(payments).where(gte(payments.createdAt, since)),
      /*@B*/ await db.select().from(refunds).where(gte(refunds.createdAt, since)),
    ),
  );
});
