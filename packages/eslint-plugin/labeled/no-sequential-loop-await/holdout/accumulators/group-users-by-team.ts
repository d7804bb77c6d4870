// case: an admin export groups users by their team name, reading each user's team
// category: accumulators
// why: the Map is only used to collect results (get the list, push, set); no call reads it and no
//      request is skipped because of it, so each iteration's read is independent
import { db } from '@/db';
import { teams } from '@/db/schema';
import { eq } from 'drizzle-orm';

type User = { id: string; email: string; teamId: string };

export async function usersByTeam(users: User[]) {
  const byTeam = new Map<string, string[]>();
  /*@A*/ for (const user of users) {
    const team = await db.query.teams.findFirst({ where: eq(teams.id, user.teamId), columns: { name: true } });
    const key = team?.name ?? '(no team)';
    const list = byTeam.get(key) ?? [];
    list.push(user.email);
    byTeam.set(key, list);
  }
  return Object.fromEntries(byTeam);
}
