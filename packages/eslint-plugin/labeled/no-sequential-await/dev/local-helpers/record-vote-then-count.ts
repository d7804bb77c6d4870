// case: a poll endpoint records a vote through a local helper and then counts votes for the option
// category: local-helpers
// why: recordVote upserts into the votes table and the count reads that same table right after,
//      so the count must see the write
import { and, count, eq } from 'drizzle-orm';
import { db } from '../db';
import { votes } from '../db/schema';

async function recordVote(pollId: string, userId: string, option: string) {
  const [row] = await db
    .insert(votes)
    .values({ pollId, userId, option })
    .onConflictDoUpdate({ target: [votes.pollId, votes.userId], set: { option } })
    .returning();
  return row;
}

export async function castVote(pollId: string, userId: string, option: string) {
  const saved = await recordVote(pollId, userId, option);
  const [{ total }] = await db
    .select({ total: count() })
    .from(votes)
    .where(and(eq(votes.pollId, pollId), eq(votes.option, option)));
  return { voteId: saved.id, total };
}
