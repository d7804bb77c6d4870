// case: a tRPC procedure finds an org by slug, checks the caller's membership, then lists projects
// category: http-handlers
// why: the membership lookup needs org.id, and the membership check throws before the project list
//      starts, so every await depends on or is guarded by the one before it
import { TRPCError } from '@trpc/server';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { memberships, organizations, projects } from '~/server/db/schema';
import { createTRPCRouter, protectedProcedure } from '~/server/api/trpc';

export const orgRouter = createTRPCRouter({
  projects: protectedProcedure
    .input(z.object({ slug: z.string().min(1) }))
    .query(async ({ ctx, input }) => {
      const org = await ctx.db.query.organizations.findFirst({
        where: eq(organizations.slug, input.slug),
      });
      if (!org) throw new TRPCError({ code: 'NOT_FOUND' });

      const membership = await ctx.db.query.memberships.findFirst({
        where: and(eq(memberships.orgId, org.id), eq(memberships.userId, ctx.session.user.id)),
      });
      if (!membership) throw new TRPCError({ code: 'FORBIDDEN' });

      const rows = await ctx.db.select().from(projects).where(eq(projects.orgId, org.id));
      return { org, role: membership.role, projects: rows };
    }),
});
