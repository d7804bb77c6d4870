// case: a weekly digest reads open pull requests and open issue counts for each repository of a team
// category: http-clients
// why: each iteration awaits two GETs that together read one repo's data; no iteration uses another's
//      results, and the summary array keeps the repos' order in a rewrite
import { Octokit } from '@octokit/rest';

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

type RepoRef = { owner: string; repo: string };

export async function weeklyDigest(repos: RepoRef[]) {
  const summary = [];
  /*@A*/ for (const { owner, repo } of repos) {
    const { data: pulls } = await octokit.rest.pulls.list({ owner, repo, state: 'open', per_page: 100 });
    const { data: meta } = await octokit.rest.repos.get({ owner, repo });
    summary.push({
      repo: `${owner}/${repo}`,
      openPulls: pulls.length,
      drafts: pulls.filter((p) => p.draft).length,
      openIssues: meta.open_issues_count - pulls.length,
    });
  }
  return summary;
}
