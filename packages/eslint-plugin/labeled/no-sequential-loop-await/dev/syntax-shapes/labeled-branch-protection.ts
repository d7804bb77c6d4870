// case: a compliance check lists repositories with at least one unprotected release branch
// category: syntax-shapes
// why: the labeled outer loop A is reported: each repo's reads (listBranches, then protection
//      checks) use only that repo, and `continue nextRepo` just ends that repo's iteration. The inner
//      loop is not reported: `continue nextRepo` leaves it at the first unprotected branch, a search
import { Octokit } from '@octokit/rest';

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

export async function reposWithUnprotectedReleases(owner: string, repos: { name: string; archived: boolean }[]) {
  const offenders: string[] = [];
  nextRepo: /*@A*/ for (const repo of repos) {
    if (repo.archived) continue;
    const { data: branches } = await octokit.rest.repos.listBranches({ owner, repo: repo.name, per_page: 100 });
    for (const branch of branches.filter((b) => b.name.startsWith('release/'))) {
      const { data } = await octokit.rest.repos.getBranch({ owner, repo: repo.name, branch: branch.name });
      if (!data.protected) {
        offenders.push(repo.name);
        continue nextRepo;
      }
    }
  }
  return offenders;
}
