// case: a Nuxt server route resolves the user session, then reads the notification page and the unread count
// category: http-handlers
// why: requireUserSession is a guard and gives the user id both reads need, so it is no member; the list
//      and the count take only user.id and the offset and neither reads the other's result
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { notifications } from '~/server/database/schema';

export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);
  const { page = '1' } = getQuery(event);
  const offset = (Number(page) - 1) * 20;
  const db = useDrizzle();

  const items = /*@A*/ await db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, user.id))
    .orderBy(desc(notifications.createdAt))
    .limit(20)
    .offset(offset);
  const [{ unread }] = /*@A*/ await db
    .select({ unread: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, user.id), isNull(notifications.readAt)));

  return { items, unread, page: Number(page) };
});
