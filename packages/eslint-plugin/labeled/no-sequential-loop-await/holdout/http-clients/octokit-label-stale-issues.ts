// case: a scheduled GitHub Action labels issues without activity for 60 days
// category: http-clients
// why: addLabels and createComment are writes, awaited for their effect per issue; nothing in the loop
//      is a read that could be run together
import * as core from '@actions/core';
import * as github from '@actions/github';

async function run() {
  const octokit = github.getOctokit(core.getInput('token', { required: true }));
  const { owner, repo } = github.context.repo;
  const cutoff = Date.now() - 60 * 24 * 60 * 60 * 1000;

  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, state: 'open', per_page: 100 });
  const stale = issues.filter((i) => !i.pull_request && Date.parse(i.updated_at) < cutoff);

  for (const issue of stale) {
    await octokit.rest.issues.addLabels({ owner, repo, issue_number: issue.number, labels: ['stale'] });
    await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: issue.number,
      body: 'This issue has had no activity for 60 days and will be closed in 7 days.',
    });
  }
  core.setOutput('stale-count', stale.length);
}

run().catch((error) => core.setFailed(error instanceof Error ? error.message : String(error)));
