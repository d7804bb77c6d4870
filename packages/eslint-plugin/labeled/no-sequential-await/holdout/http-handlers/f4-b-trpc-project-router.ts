// case: a tRPC project router on Drizzle: a byId query behind a membership check and a rename mutation
// category: http-handlers
// why: in byId, assertMember is a guard and runs first; then the project, its open tasks and the
//      comment count are three reads keyed by input.projectId that use nothing of each other (A).
//      In rename the guard's result decides the role check, the update is awaited for its effect,
//      the re-read of projects follows a write to that table, and the activity insert is a write
//      that must not start before the read settled
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { and, asc, count, eq, isNull } from 'drizzle-orm';
import { createTRPCRouter, protectedProcedure, type Context } from '../trpc';
import { activity, comments, memberships, projects, tasks } from '@/server/db/schema';

async function assertMember(ctx: Context, projectId: string) {
  const row = await ctx.db.query.memberships.findFirst({
    where: and(eq(memberships.projectId, projectId), eq(memberships.userId, ctx.session!.user.id)),
    columns: { role: true },
  });
  if (!row) throw new TRPCError({ code: 'FORBIDDEN' });
  return row;
}

export const projectRouter = createTRPCRouter({
  byId: protectedProcedure
    .input(z.object({ projectId: z.string().uuid() }))
    .query(async ({ ctx, input }) => {
      await assertMember(ctx, input.projectId);

      const project = /*@A*/ await ctx.db.query.projects.findFirst({
        where: eq(projects.id, input.projectId),
      });
      const openTasks = /*@A*/ await ctx.db.query.tasks.findMany({
        where: and(eq(tasks.projectId, input.projectId), isNull(tasks.completedAt)),
        orderBy: [asc(tasks.dueDate)],
        limit: 50,
      });
      const [{ value: commentCount }] = /*@A*/ await ctx.db
        .select({ value: count() })
        .from(comments)
        .where(eq(comments.projectId, input.projectId));

      if (!project) throw new TRPCError({ code: 'NOT_FOUND' });
      return { project, openTasks, commentCount };
    }),

  rename: protectedProcedure
    .input(z.object({ projectId: z.string().uuid(), name: z.string().trim().min(1).max(120) }))
    .mutation(async ({ ctx, input }) => {
      const membership = await assertMember(ctx, input.projectId);
      if (membership.role === 'viewer') throw new TRPCError({ code: 'FORBIDDEN' });

      await ctx.db
        .update(projects)
        .set({ name: input.name, updatedAt: new Date() })
        .where(eq(projects.id, input.projectId));
      const updated = await ctx.db.query.projects.findFirst({ where: eq(projects.id, input.projectId) });
      await ctx.db.insert(activity).values({
        projectId: input.projectId,
        actorId: ctx.session.user.id,
        kind: 'project.renamed',
        payload: { name: input.name },
      });
      return updated;
    }),
});
