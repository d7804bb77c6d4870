import { countFollowers, getMembers, getPosts, getUser } from '../db.js';
import type { Post } from '../db.js';

/**
 * GET /team: every member of the viewer's organisation with their latest post and follower
 * count. The loop asks for one member's posts, waits, then asks for the next one's.
 */
export async function loadTeamPage(userId: string) {
  const viewer = await getUser(userId);
  const members = await getMembers(viewer.orgId);

  const latest: (Post | undefined)[] = [];
  for (const member of members) {
    const [post] = await getPosts(member.id, { limit: 1 });
    latest.push(post);
  }

  const rows = [];
  for (const member of members) {
    const followers = await countFollowers(member.id);
    rows.push(`${member.name} (${followers})`);
  }

  return { members: rows, latest: latest.map((post) => post?.title ?? '-') };
}
