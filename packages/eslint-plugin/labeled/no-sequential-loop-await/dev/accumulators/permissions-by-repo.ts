// case: a CI bot fills an object with the bot's permission level on each repository
// category: accumulators
// why: getCollaboratorPermissionLevel is a read; each result is stored under its own repo key and
//      no later call reads the object, so the lookups can run together
import { Octokit } from '@octokit/rest';

const octokit = new Octokit({ auth: process.env.BOT_TOKEN });

export async function botPermissions(owner: string, repos: string[], username: string) {
  const permissionByRepo: Record<string, string> = {};
  /*@A*/ for (const repo of repos) {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username });
    permissionByRepo[repo] = data.permission;
  }
  return permissionByRepo;
}
