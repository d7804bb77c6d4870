// case: GraphQL resolvers with per-request DataLoaders: an orderDetails query and a cancelOrder mutation
// category: http-handlers
// why: orderDetails loads the order first and checks it belongs to the viewer; then the customer
//      and the line items are keyed by fields of the order and use nothing of each other (A):
//      awaited in turn they dispatch two batches instead of one. In cancelOrder the permission
//      check is a guard, the update is a write, the order is loaded again after the loader is
//      cleared (a read of the row just written), and the publish is an ordered effect
import DataLoader from 'dataloader';
import type { PrismaClient } from '@prisma/client';
import type { PubSub } from 'graphql-subscriptions';

export function createLoaders(db: PrismaClient) {
  return {
    order: new DataLoader(async (ids: readonly string[]) => {
      const rows = await db.order.findMany({ where: { id: { in: [...ids] } } });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
    customer: new DataLoader(async (ids: readonly string[]) => {
      const rows = await db.customer.findMany({ where: { id: { in: [...ids] } } });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
    lineItemsByOrder: new DataLoader(async (orderIds: readonly string[]) => {
      const rows = await db.lineItem.findMany({ where: { orderId: { in: [...orderIds] } } });
      return orderIds.map((id) => rows.filter((r) => r.orderId === id));
    }),
  };
}

type Context = {
  db: PrismaClient;
  pubsub: PubSub;
  viewer: { id: string; accountId: string };
  authz: { assertCan(viewer: Context['viewer'], action: string, resourceId: string): Promise<void> };
  loaders: ReturnType<typeof createLoaders>;
};

export const resolvers = {
  Query: {
    async orderDetails(_: unknown, args: { id: string }, ctx: Context) {
      const order = await ctx.loaders.order.load(args.id);
      if (!order || order.accountId !== ctx.viewer.accountId) return null;

      const customer = /*@A*/ await ctx.loaders.customer.load(order.customerId);
      const items = /*@A*/ await ctx.loaders.lineItemsByOrder.load(order.id);
      return { ...order, customer, items, itemCount: items.length };
    },
  },
  Mutation: {
    async cancelOrder(_: unknown, args: { id: string; reason: string }, ctx: Context) {
      await ctx.authz.assertCan(ctx.viewer, 'order:cancel', args.id);
      await ctx.db.order.update({
        where: { id: args.id },
        data: { status: 'CANCELLED', cancelReason: args.reason, cancelledAt: new Date() },
      });
      ctx.loaders.order.clear(args.id);
      const updated = await ctx.loaders.order.load(args.id);
      await ctx.pubsub.publish('ORDER_UPDATED', { orderUpdated: updated });
      return updated;
    },
  },
  Order: {
    customer: (order: { customerId: string }, _: unknown, ctx: Context) => ctx.loaders.customer.load(order.customerId),
  },
};
