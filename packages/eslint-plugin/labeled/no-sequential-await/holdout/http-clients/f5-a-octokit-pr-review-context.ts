// case: a review bot loads a pull request, its changed files and its reviews before it comments
// category: http-clients
// why: pulls.get and the two paginated lists (files, reviews) take the same pull number and use
//      nothing of each other (A); createComment is a write whose body is built from all three, so
//      it waits for them and is no member
import { Octokit } from '@octokit/rest';

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

interface PullTarget {
  owner: string;
  repo: string;
  pull_number: number;
}

export async function reviewPullRequest(target: PullTarget) {
  const { data: pr } = /*@A*/ await octokit.rest.pulls.get(target);
  const files = /*@A*/ await octokit.paginate(octokit.rest.pulls.listFiles, { ...target, per_page: 100 });
  const reviews = /*@A*/ await octokit.paginate(octokit.rest.pulls.listReviews, { ...target, per_page: 100 });

  const alreadyReviewed = reviews.some(
    (review) => review.user?.login === 'size-bot[bot]' && review.commit_id === pr.head.sha,
  );
  if (alreadyReviewed) return { skipped: true, commented: false };

  const large = files
    .filter((file) => file.changes > 400 && !file.filename.endsWith('.lock'))
    .map((file) => `- \`${file.filename}\` (${file.changes} lines)`);
  if (large.length === 0) return { skipped: false, commented: false };

  await octokit.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.pull_number,
    body: `Large files in "${pr.title}", consider splitting:\n${large.join('\n')}`,
  });
  return { skipped: false, commented: true };
}
