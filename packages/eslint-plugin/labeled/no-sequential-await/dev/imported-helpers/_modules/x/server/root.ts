import { TRPCError } from '@trpc/server';
import { z } from 'zod';

import { protectedProcedure, router } from './trpc';

export const appRouter = router({
  workspace: router({
    rename: protectedProcedure
      .input(z.object({ id: z.string(), name: z.string().min(1) }))
      .mutation(async ({ ctx, input }) => {
        const workspace = await ctx.db.workspace.findUniqueOrThrow({ where: { id: input.id } });
        if (workspace.ownerId !== ctx.session.userId) throw new TRPCError({ code: 'FORBIDDEN' });
        return ctx.db.workspace.update({ where: { id: input.id }, data: { name: input.name } });
      }),
  }),
});
