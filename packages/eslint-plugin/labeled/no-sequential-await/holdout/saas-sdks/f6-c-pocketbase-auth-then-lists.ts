// case: a PocketBase server script signs in, then loads the user's recent posts and unread notifications
// category: saas-sdks
// why: authWithPassword is awaited for its effect: it fills the auth store that every later request
//      sends, so it is not a member and comes first; the posts page and the notifications list read
//      two collections with the signed-in id and use nothing of each other (A); the lastSeen update
//      is a discarded write at the end
import PocketBase from 'pocketbase';

type Post = { id: string; title: string; created: string };
type Notification = { id: string; kind: string; read: boolean };

export async function loadDashboard(email: string, password: string) {
  const pb = new PocketBase(process.env.POCKETBASE_URL);
  pb.autoCancellation(false);

  await pb.collection('users').authWithPassword(email, password);
  const userId = pb.authStore.record?.id;
  if (!userId) throw new Error('PocketBase sign-in returned no record');

  const posts = /*@A*/ await pb.collection('posts').getList<Post>(1, 20, {
    filter: pb.filter('author = {:id}', { id: userId }),
    sort: '-created',
  });
  const unread = /*@A*/ await pb.collection('notifications').getFullList<Notification>({
    filter: pb.filter('recipient = {:id} && read = false', { id: userId }),
  });

  await pb.collection('users').update(userId, { lastSeen: new Date().toISOString() });

  return { posts: posts.items, totalPosts: posts.totalItems, unread: unread.length };
}
