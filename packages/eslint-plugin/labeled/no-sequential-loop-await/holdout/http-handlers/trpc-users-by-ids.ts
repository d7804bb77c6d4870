// case: a tRPC procedure returns public profiles for a list of user ids
// category: http-handlers
// why: the input array exists before the loop; each iteration runs one Drizzle read for its id, skips
//      missing users with continue and pushes the rest, so the reads are independent
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { createTRPCRouter, protectedProcedure } from '@/server/api/trpc';
import { users } from '@/server/db/schema';

export const profileRouter = createTRPCRouter({
  byIds: protectedProcedure
    .input(z.object({ ids: z.array(z.string().uuid()).max(50) }))
    .query(async ({ ctx, input }) => {
      const profiles: Array<{ id: string; name: string | null; image: string | null }> = [];
      /*@A*/ for (const id of input.ids) {
        const user = await ctx.db.query.users.findFirst({
          where: eq(users.id, id),
          columns: { id: true, name: true, image: true },
        });
        if (!user) continue;
        profiles.push(user);
      }
      return profiles;
    }),
});
