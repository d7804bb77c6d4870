// case: a tRPC query procedure loads a board, its columns with cards, and its labels
// category: http-handlers
// why: the three Prisma reads all filter on input.boardId and none reads another's result; the NOT_FOUND
//      check comes only after all three, so starting them together changes nothing but timing
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { createTRPCRouter, protectedProcedure } from '../trpc';

export const boardRouter = createTRPCRouter({
  byId: protectedProcedure
    .input(z.object({ boardId: z.string().cuid() }))
    .query(async ({ ctx, input }) => {
      const board = /*@A*/ await ctx.db.board.findUnique({
        where: { id: input.boardId },
        select: { id: true, name: true, visibility: true },
      });
      const columns = /*@A*/ await ctx.db.column.findMany({
        where: { boardId: input.boardId },
        orderBy: { position: 'asc' },
        include: { cards: { orderBy: { position: 'asc' } } },
      });
      const labels = /*@A*/ await ctx.db.label.findMany({ where: { boardId: input.boardId } });

      if (!board) throw new TRPCError({ code: 'NOT_FOUND' });
      return { board, columns, labels };
    }),
});
