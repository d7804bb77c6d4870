// case: a Next.js leaderboard loads the Clerk user behind every score entry
// category: saas-sdks
// why: the loop walks Object.entries of a record that exists before it; each iteration reads one
//      user by its own id and pushes a row (continue skips zero scores, which is fine); nothing
//      carries over, so the reads can start together
import { clerkClient } from '@clerk/nextjs/server';
import { getWeeklyScores } from '@/lib/scores';

type Row = { userId: string; name: string; avatar: string; score: number };

export async function loadLeaderboard(week: string): Promise<Row[]> {
  const scores: Record<string, number> = await getWeeklyScores(week);
  const clerk = await clerkClient();
  const rows: Row[] = [];

  /*@A*/ for (const [userId, score] of Object.entries(scores)) {
    if (score <= 0) continue;
    const user = await clerk.users.getUser(userId);
    rows.push({
      userId,
      name: user.fullName ?? user.username ?? 'anonymous',
      avatar: user.imageUrl,
      score,
    });
  }

  return rows.sort((a, b) => b.score - a.score).slice(0, 50);
}
