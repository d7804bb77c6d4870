// case: a team overview calls two local read helpers per member and builds a card
// category: local-helpers
// why: loadProfile and loadLastActivity only query the database for the member passed in; they
//      touch no module state, so every member's card can be loaded at the same time
import { db } from '../db';

async function loadProfile(userId: string) {
  return db.selectFrom('profiles').selectAll().where('user_id', '=', userId).executeTakeFirstOrThrow();
}

async function loadLastActivity(userId: string) {
  const row = await db
    .selectFrom('events')
    .select('created_at')
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.created_at ?? null;
}

export async function memberCards(memberIds: string[]) {
  const cards = [];
  /*@A*/ for (const id of memberIds) {
    const profile = await loadProfile(id);
    const lastActive = await loadLastActivity(id);
    cards.push({ id, name: profile.display_name, lastActive });
  }
  return cards;
}
