// case: a tRPC mutation rate-limits the caller, checks the slug is free, then inserts the short link
// category: http-handlers
// why: the rate-limit call is a guard whose result decides the throw before anything else starts; the
//      existence check's result decides the CONFLICT throw, and the insert writes the table it just read
import { TRPCError } from '@trpc/server';
import { Ratelimit } from '@upstash/ratelimit';
import { Redis } from '@upstash/redis';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { links } from '~/server/db/schema';
import { createTRPCRouter, protectedProcedure } from '../trpc';

const ratelimit = new Ratelimit({ redis: Redis.fromEnv(), limiter: Ratelimit.slidingWindow(10, '1 m') });

export const linkRouter = createTRPCRouter({
  create: protectedProcedure
    .input(z.object({ slug: z.string().regex(/^[a-z0-9-]{3,32}$/), url: z.string().url() }))
    .mutation(async ({ ctx, input }) => {
      const { success, reset } = await ratelimit.limit(`link:create:${ctx.session.user.id}`);
      if (!success) {
        throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: `Retry after ${new Date(reset).toISOString()}` });
      }

      const existing = await ctx.db.query.links.findFirst({ where: eq(links.slug, input.slug) });
      if (existing) throw new TRPCError({ code: 'CONFLICT', message: 'Slug already taken' });

      const [link] = await ctx.db
        .insert(links)
        .values({ slug: input.slug, url: input.url, ownerId: ctx.session.user.id })
        .returning();
      return link;
    }),
});
