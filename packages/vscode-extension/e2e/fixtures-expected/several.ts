import { getFlags, getPosts, getSettings, getTeam, getUser } from './api';

export async function dashboard(id: string) {
  const [user, settings] = await Promise.all([getUser(id), getSettings(id)]);
  return { user, settings };
}

export async function feed(id: string) {
  const [posts, flags] = await Promise.all([getPosts(id), getFlags()]);
  return { posts, flags };
}

export const team = async (id: string) => {
  const [team2, flags] = await Promise.all([getTeam(id), getFlags()]);
  return { team: team2, flags };
};
