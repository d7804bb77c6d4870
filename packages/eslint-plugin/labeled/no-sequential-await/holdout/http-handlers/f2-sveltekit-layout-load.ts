// case: a SvelteKit +layout.server.ts load reads settings, then returns workspaces and subscription awaited inline
// category: http-handlers
// why: locals.user comes from hooks without an await; the settings read and the two awaits in the returned
//      object take only the user id and none reads another's result, so all three form one group (the
//      settings fallback is evaluated last, after them)
import { redirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import type { LayoutServerLoad } from './$types';
import { db } from '$lib/server/db';
import { memberships, settings, subscriptions, workspaces } from '$lib/server/db/schema';

const DEFAULT_SETTINGS = { theme: 'system', locale: 'en' } as const;

export const load: LayoutServerLoad = async ({ locals }) => {
  if (!locals.user) redirect(302, '/login');
  const userId = locals.user.id;

  const userSettings = /*@A*/ await db.query.settings.findFirst({ where: eq(settings.userId, userId) });

  return {
    workspaces: /*@A*/ await db
      .select({ id: workspaces.id, name: workspaces.name })
      .from(workspaces)
      .innerJoin(memberships, eq(memberships.workspaceId, workspaces.id))
      .where(eq(memberships.userId, userId)),
    subscription: /*@A*/ await db.query.subscriptions.findFirst({
      where: eq(subscriptions.userId, userId),
    }),
    settings: userSettings ?? DEFAULT_SETTINGS,
  };
};
