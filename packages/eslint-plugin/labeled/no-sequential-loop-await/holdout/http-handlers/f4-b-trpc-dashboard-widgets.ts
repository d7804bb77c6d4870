// case: a tRPC dashboard procedure loads each configured widget's data; a second procedure records widget clicks
// category: http-handlers
// why: in widgets the guard runs before the loop; the loop is over input.widgets, an array given
//      before it; each iteration awaits loadWidget for its widget, a local function that only
//      runs one select per kind, and stores the result by widget id (A). In trackClicks each
//      iteration inserts a row: writes, so it is not reported
import { z } from 'zod';
import { and, count, desc, eq, gte, sql, sum } from 'drizzle-orm';
import { createTRPCRouter, protectedProcedure, type Context } from '../trpc';
import { invoices, pageViews, users, widgetClicks } from '@/server/db/schema';
import { assertWorkspaceMember } from '../guards';

const widgetSchema = z.discriminatedUnion('kind', [
  z.object({ id: z.string(), kind: z.literal('signups'), days: z.number().int().max(365) }),
  z.object({ id: z.string(), kind: z.literal('revenue'), days: z.number().int().max(365) }),
  z.object({ id: z.string(), kind: z.literal('top-pages'), limit: z.number().int().max(50).optional() }),
]);
type WidgetConfig = z.infer<typeof widgetSchema>;

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

async function loadWidget(db: Context['db'], workspaceId: string, widget: WidgetConfig) {
  switch (widget.kind) {
    case 'signups':
      return db
        .select({ day: sql<string>`date_trunc('day', ${users.createdAt})`, n: count() })
        .from(users)
        .where(and(eq(users.workspaceId, workspaceId), gte(users.createdAt, daysAgo(widget.days))))
        .groupBy(sql`1`)
        .orderBy(sql`1`);
    case 'revenue':
      return db
        .select({ total: sum(invoices.amountCents) })
        .from(invoices)
        .where(and(eq(invoices.workspaceId, workspaceId), gte(invoices.paidAt, daysAgo(widget.days))));
    case 'top-pages':
      return db
        .select({ path: pageViews.path, views: count() })
        .from(pageViews)
        .where(eq(pageViews.workspaceId, workspaceId))
        .groupBy(pageViews.path)
        .orderBy(desc(count()))
        .limit(widget.limit ?? 10);
  }
}

export const dashboardRouter = createTRPCRouter({
  widgets: protectedProcedure
    .input(z.object({ workspaceId: z.string().uuid(), widgets: z.array(widgetSchema).max(12) }))
    .query(async ({ ctx, input }) => {
      await assertWorkspaceMember(ctx, input.workspaceId);
      const data: Record<string, unknown> = {};
      /*@A*/ for (const widget of input.widgets) {
        data[widget.id] = await loadWidget(ctx.db, input.workspaceId, widget);
      }
      return data;
    }),

  trackClicks: protectedProcedure
    .input(z.object({ clicks: z.array(z.object({ widgetId: z.string(), at: z.number() })).max(100) }))
    .mutation(async ({ ctx, input }) => {
      for (const click of input.clicks) {
        await ctx.db.insert(widgetClicks).values({
          widgetId: click.widgetId,
          userId: ctx.session.user.id,
          at: new Date(click.at),
        });
      }
      return { ok: true };
    }),
});
