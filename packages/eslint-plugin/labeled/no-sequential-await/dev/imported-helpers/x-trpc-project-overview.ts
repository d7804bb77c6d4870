// case: a tRPC query procedure loads a project, its member count and recent deploys
// category: imported-helpers
// why: through the queries barrel (export * and export { x as y } re-exports) getProject is a
//      findFirst, memberCount a count and recentDeploys a findMany on the shared Prisma client
//      from ctx (not a transaction handle): three reads of one projectId, none using another's
//      result. The auth check is the procedure's middleware and has run before the resolver
import { z } from 'zod';
import { TRPCError } from '@trpc/server';

import { protectedProcedure, router } from './_modules/x/server/trpc';
import { getProject, memberCount, recentDeploys } from './_modules/x/server/queries';

export const projectRouter = router({
  overview: protectedProcedure
    .input(z.object({ projectId: z.string().cuid() }))
    .query(async ({ ctx, input }) => {
      const project = /*@A*/ await getProject(ctx.db, input.projectId);
      const members = /*@A*/ await memberCount(ctx.db, input.projectId);
      const deploys = /*@A*/ await recentDeploys(ctx.db, input.projectId, 5);

      if (!project) throw new TRPCError({ code: 'NOT_FOUND' });
      return {
        project,
        members,
        deploys,
        lastDeploy: deploys[0] ?? null,
      };
    }),
});
