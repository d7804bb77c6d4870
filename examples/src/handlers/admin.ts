import { countPosts, countUsers, getMembers, getOrg, getTopPosts, getUser, saveAudit } from '../db.js';
import type { Post } from '../db.js';
import { AppContext } from '../context.js';

/** GET /admin/stats: the operator's overview. */
export async function loadAdminStats() {
  const users: number = await countUsers();
  const posts: number = await countPosts();
  const top: Post[] = await getTopPosts(3);
  const { config } = await new AppContext().load();

  return { region: config?.region, users, posts, top: top.map((post) => post.title) };
}

/**
 * GET /org: the viewer's organisation. Nothing here can run together: each call needs the
 * previous one's result, and the audit entry must be written once the page was read.
 */
export async function loadOrgPage(userId: string) {
  const user = await getUser(userId);
  const org = await getOrg(user.orgId);
  const members = await getMembers(org.id);

  await saveAudit({ userId, action: 'org.view', target: org.id });

  return { org: org.name, plan: org.plan, members: members.map((member) => member.name) };
}
