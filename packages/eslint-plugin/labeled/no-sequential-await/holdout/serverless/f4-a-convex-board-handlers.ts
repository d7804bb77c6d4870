// case: Convex functions for a kanban board: a query that loads the board, a mutation that moves a card, and an action that summarizes the board with an LLM
// category: serverless
// why: in boardView the identity check is a guard, then the board doc and the columns and cards index
//      reads only use boardId: group A; moveCard is a Convex mutation (one transaction) whose reads are
//      each checked before the next and whose patch is followed by a re-read of the same card; in
//      summarizeBoard the LLM call needs the cards and the runMutation is a discarded write
import { ConvexError, v } from 'convex/values';
import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';
import { action, mutation, query } from './_generated/server';
import { internal } from './_generated/api';

export const boardView = query({
  args: { boardId: v.id('boards') },
  handler: async (ctx, { boardId }) => {
    const identity = await ctx.auth.getUserIdentity();
    if (!identity) throw new ConvexError('Unauthenticated');

    const board = /*@A*/ await ctx.db.get(boardId);
    const columns = /*@A*/ await ctx.db
      .query('columns')
      .withIndex('by_board', (q) => q.eq('boardId', boardId))
      .collect();
    const cards = /*@A*/ await ctx.db
      .query('cards')
      .withIndex('by_board', (q) => q.eq('boardId', boardId))
      .collect();

    if (!board || (board.visibility === 'private' && board.ownerSubject !== identity.subject)) {
      return null;
    }

    return {
      board,
      columns: columns
        .sort((a, b) => a.order - b.order)
        .map((column) => ({
          ...column,
          cards: cards.filter((card) => card.columnId === column._id).sort((a, b) => a.position - b.position),
        })),
    };
  },
});

export const moveCard = mutation({
  args: { cardId: v.id('cards'), toColumnId: v.id('columns'), position: v.number() },
  handler: async (ctx, args) => {
    const identity = await ctx.auth.getUserIdentity();
    if (!identity) throw new ConvexError('Unauthenticated');

    const card = await ctx.db.get(args.cardId);
    if (!card) throw new ConvexError('card not found');
    const column = await ctx.db.get(args.toColumnId);
    if (!column || column.boardId !== card.boardId) throw new ConvexError('column is on another board');

    await ctx.db.patch(args.cardId, { columnId: args.toColumnId, position: args.position });
    const moved = await ctx.db.get(args.cardId);

    await ctx.scheduler.runAfter(0, internal.activity.record, {
      boardId: card.boardId,
      kind: 'card.moved',
      actor: identity.subject,
    });
    return moved;
  },
});

export const summarizeBoard = action({
  args: { boardId: v.id('boards') },
  handler: async (ctx, { boardId }) => {
    const cards = await ctx.runQuery(internal.cards.openForBoard, { boardId });
    const { text } = await generateText({
      model: openai('gpt-4.1-mini'),
      system: 'Summarize the state of this kanban board for a standup in five bullet points.',
      prompt: cards.map((card) => `- [${card.columnName}] ${card.title}`).join('\n'),
    });
    await ctx.runMutation(internal.boards.setSummary, { boardId, summary: text });
    return text;
  },
});
