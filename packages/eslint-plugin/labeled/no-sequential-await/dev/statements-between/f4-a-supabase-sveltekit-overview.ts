// case: a SvelteKit +page.server.ts load builds an account overview from Supabase tables and storage
// category: statements-between
// why: after the session guard, the projects, audit events, avatar listing and unread count all use
//      only user.id (and a cutoff computed between them from the clock): group A, and the two const
//      statements between them use nothing of the group; the deployments query needs the ids mapped
//      from projects, so it comes after
import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals: { supabase, safeGetSession } }) => {
  const { user } = await safeGetSession();
  if (!user) redirect(303, '/login?next=/account');

  const { data: projects } = /*@A*/ await supabase
    .from('projects')
    .select('id, name, region, created_at')
    .eq('owner_id', user.id)
    .order('created_at', { ascending: false });

  const weekAgo = new Date(Date.now() - 7 * 24 * 60 * 60 * 1000).toISOString();
  const { data: events } = /*@A*/ await supabase
    .from('audit_events')
    .select('id, action, target, created_at')
    .eq('actor_id', user.id)
    .gte('created_at', weekAgo)
    .order('created_at', { ascending: false })
    .limit(50);

  const avatarFolder = `${user.id}`;
  const { data: avatarFiles } = /*@A*/ await supabase.storage
    .from('avatars')
    .list(avatarFolder, { limit: 1, sortBy: { column: 'updated_at', order: 'desc' } });
  const { count: unread } = /*@A*/ await supabase
    .from('notifications')
    .select('*', { count: 'exact', head: true })
    .eq('user_id', user.id)
    .is('read_at', null);

  const projectIds = (projects ?? []).map((p) => p.id);
  const { data: deployments } = await supabase
    .from('deployments')
    .select('id, project_id, status, created_at')
    .in('project_id', projectIds)
    .order('created_at', { ascending: false })
    .limit(20);

  return {
    projects: projects ?? [],
    events: events ?? [],
    avatarPath: avatarFiles?.[0] ? `${avatarFolder}/${avatarFiles[0].name}` : null,
    unread: unread ?? 0,
    deployments: deployments ?? [],
  };
};
