// case: a GitHub Action drafts release notes: reads the repository, its latest release and labels, then the comparison and merged PRs
// category: http-clients
// why: repos.get, getLatestRelease and listLabelsForRepo take only owner/repo (A). compareCommits needs
//      the latest tag and the default branch; the PR listing needs the default branch; neither uses the
//      other (B). createRelease is a discarded write at the end.
import * as core from '@actions/core';
import * as github from '@actions/github';

async function run() {
  const octokit = github.getOctokit(core.getInput('token', { required: true }));
  const { owner, repo } = github.context.repo;

  const { data: repository } = /*@A*/ await octokit.rest.repos.get({ owner, repo });
  const { data: latest } = /*@A*/ await octokit.rest.repos.getLatestRelease({ owner, repo });
  const { data: labels } = /*@A*/ await octokit.rest.issues.listLabelsForRepo({ owner, repo, per_page: 100 });

  const { data: comparison } = /*@B*/ await octokit.rest.repos.compareCommits({
    owner,
    repo,
    base: latest.tag_name,
    head: repository.default_branch,
  });
  const merged = /*@B*/ await octokit.paginate(octokit.rest.pulls.list, {
    owner,
    repo,
    state: 'closed',
    base: repository.default_branch,
    sort: 'updated',
    direction: 'desc',
    per_page: 100,
  });

  const shas = new Set(comparison.commits.map((c) => c.sha));
  const sections = new Map(labels.map((label) => [label.name, [] as string[]]));
  for (const pr of merged) {
    if (!pr.merge_commit_sha || !shas.has(pr.merge_commit_sha)) continue;
    const section = pr.labels.find((l) => sections.has(l.name))?.name ?? 'other';
    if (!sections.has(section)) sections.set(section, []);
    sections.get(section)!.push(`- ${pr.title} (#${pr.number}) @${pr.user?.login}`);
  }

  const body = [...sections].filter(([, items]) => items.length).map(([name, items]) => `### ${name}\n${items.join('\n')}`).join('\n\n');
  await octokit.rest.repos.createRelease({ owner, repo, tag_name: core.getInput('tag'), body, draft: true });
  core.info(`drafted release with ${shas.size} commits since ${latest.tag_name}`);
}

run().catch((error) => core.setFailed(error instanceof Error ? error.message : String(error)));
