// case: a sales report runs three Kysely selects with a label and a debug log written between them
// category: statements-between
// why: the label and the log between the reads use only the arguments and change nothing a query reads;
//      the three selects take shopId and the date range and none uses another's result
import { sql } from 'kysely';
import { db } from './database';
import { logger } from './logger';

export async function salesReport(shopId: number, from: Date, to: Date) {
  const totals = /*@A*/ await db
    .selectFrom('orders')
    .select([sql<number>`sum(total_cents)`.as('revenue'), sql<number>`count(*)`.as('orders')])
    .where('shop_id', '=', shopId)
    .where('created_at', '>=', from)
    .where('created_at', '<', to)
    .executeTakeFirstOrThrow();
  const periodLabel = `${from.toISOString().slice(0, 10)} to ${to.toISOString().slice(0, 10)}`;
  logger.debug({ shopId, periodLabel }, 'sales report: totals loaded');

  const topProducts = /*@A*/ await db
    .selectFrom('order_lines')
    .innerJoin('orders', 'orders.id', 'order_lines.order_id')
    .select(['order_lines.product_id', sql<number>`sum(order_lines.quantity)`.as('units')])
    .where('orders.shop_id', '=', shopId)
    .where('orders.created_at', '>=', from)
    .where('orders.created_at', '<', to)
    .groupBy('order_lines.product_id')
    .orderBy('units', 'desc')
    .limit(10)
    .execute();
  logger.debug({ shopId, count: 10 }, 'sales report: top products requested');

  const refunds = /*@A*/ await db
    .selectFrom('refunds')
    .select(sql<number>`coalesce(sum(amount_cents), 0)`.as('refunded'))
    .where('shop_id', '=', shopId)
    .where('created_at', '>=', from)
    .where('created_at', '<', to)
    .executeTakeFirstOrThrow();

  return { periodLabel, ...totals, topProducts, refunded: refunds.refunded };
}
