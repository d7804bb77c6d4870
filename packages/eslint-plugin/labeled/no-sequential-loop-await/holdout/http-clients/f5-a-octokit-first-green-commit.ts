// case: a deploy helper walks recent commits of main and returns the newest one whose checks all passed
// category: http-clients
// why: the loop walks an existing array and each iteration only reads check runs, but it returns on
//      the first green commit (a search), so it decides when to stop and must not be reported
import { Octokit } from '@octokit/rest';

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

export async function latestGreenCommit(owner: string, repo: string): Promise<string | null> {
  const { data: commits } = await octokit.rest.repos.listCommits({ owner, repo, sha: 'main', per_page: 30 });

  for (const commit of commits) {
    const { data } = await octokit.rest.checks.listForRef({ owner, repo, ref: commit.sha, per_page: 100 });
    const runs = data.check_runs;
    if (runs.length === 0) continue;
    const green = runs.every((run) => run.status === 'completed' && (run.conclusion === 'success' || run.conclusion === 'skipped'));
    if (green) {
      return commit.sha;
    }
  }
  return null;
}
