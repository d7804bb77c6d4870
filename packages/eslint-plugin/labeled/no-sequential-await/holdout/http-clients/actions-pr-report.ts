// case: a GitHub Action reads the pull request, its changed files and its reviews, then comments and writes a job summary
// category: http-clients
// why: pulls.get, pulls.listFiles and pulls.listReviews read the same PR by number and use nothing of each
//      other (group A); the comment and the summary write are awaited for their effect
import * as core from '@actions/core';
import * as github from '@actions/github';

async function run() {
  const octokit = github.getOctokit(core.getInput('token', { required: true }));
  const { owner, repo } = github.context.repo;
  const pull_number = github.context.payload.pull_request?.number;
  if (!pull_number) {
    core.setFailed('not a pull_request event');
    return;
  }

  const { data: pr } = /*@A*/ await octokit.rest.pulls.get({ owner, repo, pull_number });
  const { data: files } = /*@A*/ await octokit.rest.pulls.listFiles({ owner, repo, pull_number, per_page: 100 });
  const { data: reviews } = /*@A*/ await octokit.rest.pulls.listReviews({ owner, repo, pull_number });

  const approvals = reviews.filter((r) => r.state === 'APPROVED').length;
  const churn = files.reduce((n, f) => n + f.additions + f.deletions, 0);

  await octokit.rest.issues.createComment({
    owner,
    repo,
    issue_number: pull_number,
    body: `**${pr.title}**: ${files.length} files, ${churn} lines changed, ${approvals} approval(s).`,
  });
  await core.summary
    .addHeading('PR report')
    .addTable([['Files', 'Churn', 'Approvals'], [String(files.length), String(churn), String(approvals)]])
    .write();
}

run().catch((err) => core.setFailed(err instanceof Error ? err.message : String(err)));
