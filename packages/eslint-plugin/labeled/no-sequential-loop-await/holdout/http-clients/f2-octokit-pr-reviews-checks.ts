// case: a release bot gathers review state and CI status for each open PR of a milestone
// category: http-clients
// why: the PR list is fetched before the loop; each iteration makes GETs for its own PR only
//      (reviews, the PR, the combined status of its head sha) and pushes a summary; iterations
//      share nothing, only the reads inside one iteration depend on each other
import { Octokit } from '@octokit/rest';

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

export async function milestoneReport(owner: string, repo: string, milestone: number) {
  const { data: issues } = await octokit.rest.issues.listForRepo({
    owner,
    repo,
    milestone: String(milestone),
    state: 'open',
    per_page: 50,
  });
  const pulls = issues.filter((issue) => issue.pull_request);
  const summary: { number: number; title: string; approved: boolean; ci: string }[] = [];
  /*@A*/ for (const pr of pulls) {
    const { data: reviews } = await octokit.rest.pulls.listReviews({ owner, repo, pull_number: pr.number });
    const { data: pull } = await octokit.rest.pulls.get({ owner, repo, pull_number: pr.number });
    const { data: status } = await octokit.rest.repos.getCombinedStatusForRef({ owner, repo, ref: pull.head.sha });
    summary.push({
      number: pr.number,
      title: pr.title,
      approved: reviews.some((r) => r.state === 'APPROVED'),
      ci: status.state,
    });
  }
  return summary;
}
