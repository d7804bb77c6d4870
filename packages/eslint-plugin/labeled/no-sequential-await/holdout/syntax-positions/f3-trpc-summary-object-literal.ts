// case: a tRPC query returns an object literal whose properties await three Drizzle reads
// category: syntax-positions
// why: the properties are evaluated in order; each select runs on the pooled db from the context,
//      outside any transaction, filters by the session's user id and uses nothing of the others
import { desc, eq } from 'drizzle-orm';
import { apiKeys, invoices, users } from '../db/schema';
import { protectedProcedure, router } from '../trpc';

export const accountRouter = router({
  summary: protectedProcedure.query(async ({ ctx }) => {
    const userId = ctx.session.user.id;
    return {
      profile: /*@A*/ await ctx.db.query.users.findFirst({
        where: eq(users.id, userId),
        columns: { id: true, name: true, email: true },
      }),
      invoices: /*@A*/ await ctx.db
        .select()
        .from(invoices)
        .where(eq(invoices.userId, userId))
        .orderBy(desc(invoices.createdAt))
        .limit(10),
      apiKeys: /*@A*/ await ctx.db
        .select({ id: apiKeys.id, label: apiKeys.label, lastUsedAt: apiKeys.lastUsedAt })
        .from(apiKeys)
        .where(eq(apiKeys.userId, userId)),
    };
  }),
});
