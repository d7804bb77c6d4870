// case: a bot lists open pull requests and fetches the reviews of each to find the ones waiting longest
// category: http-clients
// why: paginate runs once before the loop; each iteration is a listReviews GET for its own pull number,
//      pushed into an array, so the review lookups can run together
import { Octokit } from '@octokit/rest';

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

export async function staleReviews(owner: string, repo: string) {
  const pulls = await octokit.paginate(octokit.rest.pulls.list, { owner, repo, state: 'open', per_page: 100 });

  const waiting: Array<{ number: number; title: string; approvals: number }> = [];
  /*@A*/ for (const pr of pulls.filter((p) => !p.draft)) {
    const { data: reviews } = await octokit.rest.pulls.listReviews({ owner, repo, pull_number: pr.number });
    const approvals = reviews.filter((r) => r.state === 'APPROVED').length;
    if (approvals >= 2) continue;
    waiting.push({ number: pr.number, title: pr.title, approvals });
  }

  return waiting;
}
