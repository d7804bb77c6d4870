import { countFollowers, getBadges, getPosts, getUser } from '../db.js';

export interface Profile {
  name: string;
  bio: string;
  pinned: string | null;
  followers: number;
}

/** GET /users/:id: the public profile page. */
export async function loadProfile(userId: string): Promise<Profile> {
  const { name, bio } = await getUser(userId);
  const [pinned] = await getPosts(userId, { limit: 1 });
  const followers = await countFollowers(userId);

  return { name, bio, pinned: pinned?.title ?? null, followers };
}

/** GET /users/:id/card: the hover card next to a user's name. */
export async function loadProfileCard(userId: string) {
  return {
    name: (await getUser(userId)).name,
    followers: await countFollowers(userId),
    badges: await getBadges(userId),
  };
}
