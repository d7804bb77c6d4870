// case: a team page loads the team and its announcements, then the viewer's invites and profile only when signed in
// category: syntax-positions
// why: the team and announcement reads are unconditional and independent, a group; the invites read
//      sits in a `? :` branch and the profile read on the right of `&&`, so they run only for a
//      viewer and are not members, though they use nothing of the group
import { createClient } from '@supabase/supabase-js';

const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_ANON_KEY!);

export async function loadTeamPage(teamSlug: string, viewerId: string | null) {
  const { data: team, error } = /*@A*/ await supabase
    .from('teams')
    .select('id, name, logo_path')
    .eq('slug', teamSlug)
    .single();
  const { data: announcements } = /*@A*/ await supabase
    .from('announcements')
    .select('id, title, published_at')
    .eq('team_slug', teamSlug)
    .order('published_at', { ascending: false })
    .limit(5);
  if (error) throw error;

  const invites = viewerId
    ? (await supabase.from('invites').select('id, team_slug').eq('invitee_id', viewerId)).data ?? []
    : [];
  const viewer =
    viewerId && (await supabase.from('profiles').select('display_name, avatar_path').eq('id', viewerId).single()).data;

  return { team, announcements: announcements ?? [], invites, viewer };
}
