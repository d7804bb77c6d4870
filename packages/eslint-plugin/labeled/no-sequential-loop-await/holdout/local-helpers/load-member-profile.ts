// case: a team page builds a card for every member through a local helper
// category: local-helpers
// why: loadMemberCard only reads (a Supabase select and a storage public URL, no writes); each iteration
//      passes its own member and pushes the card, so the calls are independent
import { createClient } from '@supabase/supabase-js';
import type { Database } from './database.types';

const supabase = createClient<Database>(process.env.SUPABASE_URL!, process.env.SUPABASE_ANON_KEY!);

async function loadMemberCard(userId: string) {
  const { data: profile, error } = await supabase
    .from('profiles')
    .select('full_name, title, avatar_path')
    .eq('id', userId)
    .single();
  if (error) return null;
  const avatar = profile.avatar_path
    ? supabase.storage.from('avatars').getPublicUrl(profile.avatar_path).data.publicUrl
    : null;
  return { userId, name: profile.full_name, title: profile.title, avatar };
}

export async function teamCards(teamId: string) {
  const { data: members = [] } = await supabase.from('team_members').select('user_id').eq('team_id', teamId);
  const cards = [];
  /*@A*/ for (const member of members ?? []) {
    const card = await loadMemberCard(member.user_id);
    if (card) cards.push(card);
  }
  return cards;
}
