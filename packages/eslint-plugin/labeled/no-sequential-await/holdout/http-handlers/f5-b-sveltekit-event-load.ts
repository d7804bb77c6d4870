// case: a SvelteKit +page.server.ts load for an event page inside an organisation layout
// category: http-handlers
// why: parent() gives the org the event query filters on, so the event read depends on it; the event
//      is then guarded with error(404); attendees and comments both filter on event.id and not on
//      each other, so they form one group
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db';

export const load: PageServerLoad = async ({ params, parent, locals }) => {
  const { org } = await parent();

  const event = await db.event.findFirst({
    where: { id: params.eventId, orgId: org.id },
  });
  if (!event) error(404, 'Event not found');

  const attendees = /*@A*/ await db.attendee.findMany({
    where: { eventId: event.id },
    orderBy: { createdAt: 'asc' },
    select: { id: true, name: true, avatarUrl: true },
  });
  const comments = /*@A*/ await db.comment.findMany({
    where: { eventId: event.id, hidden: false },
    include: { author: { select: { name: true } } },
    take: 50,
  });

  return {
    event,
    attendees,
    comments,
    canEdit: org.role === 'admin' || event.hostId === locals.user?.id,
  };
};
