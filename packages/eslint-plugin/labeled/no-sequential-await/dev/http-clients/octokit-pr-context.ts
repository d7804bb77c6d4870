// case: a review bot reads a pull request and its files, then its check runs, then comments
// category: http-clients
// why: pulls.get and pulls.listFiles only take the PR number and are independent (group A); the
//      check-runs read needs the head sha from pulls.get, and createComment is a write awaited for
//      its effect
import { Octokit } from '@octokit/rest';

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

export async function reviewSummary(owner: string, repo: string, pull_number: number) {
  const { data: pr } = /*@A*/ await octokit.rest.pulls.get({ owner, repo, pull_number });
  const { data: files } = /*@A*/ await octokit.rest.pulls.listFiles({ owner, repo, pull_number, per_page: 100 });
  const { data: checks } = await octokit.rest.checks.listForRef({ owner, repo, ref: pr.head.sha });

  const failing = checks.check_runs.filter((c) => c.conclusion === 'failure').map((c) => c.name);
  await octokit.rest.issues.createComment({
    owner,
    repo,
    issue_number: pull_number,
    body: `${files.length} files changed, +${pr.additions}/-${pr.deletions}. Failing checks: ${failing.join(', ') || 'none'}`,
  });
}
