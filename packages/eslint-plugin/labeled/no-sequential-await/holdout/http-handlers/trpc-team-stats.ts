// case: a tRPC stats query loads the team, then counts open issues, merged PRs and active members
// category: http-handlers
// why: the three counts all need team.id, so the team read stays first; the counts use nothing of each
//      other and are plain reads on the shared db, so they form one group
import { TRPCError } from '@trpc/server';
import { and, eq, gte } from 'drizzle-orm';
import { z } from 'zod';
import { issues, pullRequests, teamMembers, teams } from '@/db/schema';
import { protectedProcedure, router } from '../trpc';

export const statsRouter = router({
  forTeam: protectedProcedure
    .input(z.object({ teamSlug: z.string(), since: z.date() }))
    .query(async ({ ctx, input }) => {
      const team = await ctx.db.query.teams.findFirst({ where: eq(teams.slug, input.teamSlug) });
      if (!team) throw new TRPCError({ code: 'NOT_FOUND', message: 'team' });

      const openIssues = /*@A*/ await ctx.db.$count(
        issues,
        and(eq(issues.teamId, team.id), eq(issues.state, 'open')),
      );
      const merged = /*@A*/ await ctx.db.$count(
        pullRequests,
        and(eq(pullRequests.teamId, team.id), gte(pullRequests.mergedAt, input.since)),
      );
      const members = /*@A*/ await ctx.db.$count(
        teamMembers,
        and(eq(teamMembers.teamId, team.id), eq(teamMembers.active, true)),
      );

      return { team: team.name, openIssues, merged, members };
    }),
});
