// case: a dependency report looks up the owner account of each repository, caching owners in a Map
// category: accumulators
// why: the body checks `owners` and fills it with the result of the request; whether an iteration makes
//      a request depends on what earlier iterations stored
import { Octokit } from '@octokit/rest';

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

export async function ownerTypes(repos: Array<{ owner: string; name: string }>) {
  const owners = new Map<string, { type: string; company: string | null }>();
  const rows: Array<{ repo: string; ownerType: string }> = [];
  for (const repo of repos) {
    if (!owners.has(repo.owner)) {
      const { data } = await octokit.rest.users.getByUsername({ username: repo.owner });
      owners.set(repo.owner, { type: data.type, company: data.company });
    }
    rows.push({ repo: `${repo.owner}/${repo.name}`, ownerType: owners.get(repo.owner)!.type });
  }
  return rows;
}
