import { getPosts, getUser } from './api';

export async function loadProfile(id: string) {
  const [user, posts] = await Promise.all([getUser(id), getPosts(id)]);
  return { user, posts };
}
