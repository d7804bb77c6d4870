import { getNotifications, getPosts, getSettings, getUser } from '../db.js';
import type { Post, Settings } from '../db.js';

export interface Dashboard {
  greeting: string;
  recentPosts: string[];
  theme: Settings['theme'];
  unread: number;
}

/** GET /dashboard: everything the home screen shows. */
export async function loadDashboard(userId: string): Promise<Dashboard> {
  const user = await getUser(userId);
  // The "recent activity" panel.
  const posts: Post[] = await getPosts(userId, { limit: 2 });
  const settings: Settings = await getSettings(userId);
  const notifications = await getNotifications(userId);

  return {
    greeting: `Welcome back, ${user.name.split(' ')[0]}`,
    recentPosts: posts.map((post) => post.title),
    theme: settings.theme,
    unread: notifications.filter((notification) => !notification.read).length,
  };
}

/** GET /inbox: the badge counts in the header. */
export const loadInbox = async (userId: string) => ({
  notifications: (await getNotifications(userId)).length,
  locale: (await getSettings(userId)).locale,
});
