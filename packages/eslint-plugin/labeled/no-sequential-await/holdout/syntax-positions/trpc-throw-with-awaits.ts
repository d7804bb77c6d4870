// case: a tRPC mutation that is over quota throws a TRPCError whose message and cause are both awaited
// category: syntax-positions
// why: inside the if block the two awaits in the thrown object run one after the other and are
//      independent (group A); the usage read before the if decides whether they run at all
import { TRPCError } from '@trpc/server';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { getQuotaDetails, getUsage, startGeneration } from '@/server/quota';
import { protectedProcedure } from '@/server/trpc';

export const generate = protectedProcedure
  .input(z.object({ prompt: z.string().min(1).max(4000) }))
  .mutation(async ({ ctx, input }) => {
    const usage = await getUsage(ctx.session.user.id);

    if (usage.used >= usage.limit) {
      throw new TRPCError({
        code: 'TOO_MANY_REQUESTS',
        message: (/*@A*/ await getTranslations({ locale: ctx.locale, namespace: 'quota' }))('exceeded'),
        cause: /*@A*/ await getQuotaDetails(ctx.session.user.id),
      });
    }

    return startGeneration(ctx.session.user.id, input.prompt);
  });
