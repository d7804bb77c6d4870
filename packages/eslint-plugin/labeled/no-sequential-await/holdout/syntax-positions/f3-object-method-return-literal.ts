// case: an object-literal loader method returns an object whose properties are awaited queries
// category: syntax-positions
// why: the columns, cards and watch lookups sit in one object literal, evaluated in order; each reads
//      a different table by the method's arguments and none uses another's value
import { prisma } from '@/server/db';

export const boardLoader = {
  async load(boardId: string, viewerId: string) {
    return {
      boardId,
      columns: /*@A*/ await prisma.column.findMany({
        where: { boardId },
        orderBy: { position: 'asc' },
      }),
      cards: /*@A*/ await prisma.card.findMany({
        where: { boardId, archivedAt: null },
        include: { assignees: { select: { id: true, name: true } } },
      }),
      watching: Boolean(
        /*@A*/ await prisma.watch.findFirst({ where: { boardId, userId: viewerId }, select: { id: true } }),
      ),
    };
  },

  async title(boardId: string) {
    const board = await prisma.board.findUnique({ where: { id: boardId }, select: { name: true } });
    return board?.name ?? 'Untitled board';
  },
};
