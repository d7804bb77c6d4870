// case: a triage script walks issues with paginate.iterator and loads the comments of each issue on the page
// category: pagination-retries
// why: the outer `for await` over the page iterator is ordered (each page needs the previous Link);
//      inside it the issues of one page are an array and each iteration only lists its own comments,
//      so the inner loop is reported
import { Octokit } from 'octokit';

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

export async function issuesWithoutMaintainerReply(owner: string, repo: string, maintainers: Set<string>) {
  const unanswered: number[] = [];
  for await (const { data: issues } of octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
    owner,
    repo,
    state: 'open',
    per_page: 50,
  })) {
    /*@A*/ for (const issue of issues) {
      if (issue.pull_request || issue.comments === 0) continue;
      const { data: comments } = await octokit.rest.issues.listComments({ owner, repo, issue_number: issue.number });
      if (!comments.some((c) => c.user && maintainers.has(c.user.login))) unanswered.push(issue.number);
    }
  }
  return unanswered;
}
