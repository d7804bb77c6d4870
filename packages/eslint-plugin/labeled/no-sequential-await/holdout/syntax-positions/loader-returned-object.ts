// case: a React Router 7 loader requires the user id, then returns an object whose properties await the user, unread notifications and the theme
// category: syntax-positions
// why: requireUserId is a guard and comes first; the three awaits inside the returned object literal run in
//      turn, each needs only the id or the request, so they form one group
import type { Route } from './+types/dashboard';
import { getNotifications, getUser } from '~/models/user.server';
import { requireUserId } from '~/session.server';
import { getTheme } from '~/theme.server';

export async function loader({ request }: Route.LoaderArgs) {
  const userId = await requireUserId(request);

  return {
    user: /*@A*/ await getUser(userId),
    notifications: /*@A*/ await getNotifications(userId, { unreadOnly: true, limit: 20 }),
    theme: /*@A*/ await getTheme(request),
  };
}
