// case: a server action subscribes an email and then shows the list's subscriber count
// category: imported-helpers
// why: subscribe inserts a subscriber row that countSubscribers then counts: the count must see it
'use server';
import { countSubscribers, subscribe } from './_modules/data/db';

export async function join(listId: string, email: string) {
  await subscribe(listId, email);
  const total = await countSubscribers(listId);
  return { total };
}
