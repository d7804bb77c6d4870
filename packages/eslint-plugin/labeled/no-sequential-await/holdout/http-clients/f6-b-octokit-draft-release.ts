// case: a release script drafts a GitHub release from the commits since the latest release and closes the milestone
// category: http-clients
// why: getLatestRelease and listMilestones are two GETs on different resources with only owner/repo:
//      group A. compareCommitsWithBasehead needs latest.tag_name, so it waits for the first member.
//      createRelease is a write built from the comparison; updateMilestone is a write in a branch
import { Octokit } from '@octokit/rest';

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN, userAgent: 'acme-release-script' });

export async function draftRelease(owner: string, repo: string, head: string, version: string) {
  const { data: latest } = /*@A*/ await octokit.rest.repos.getLatestRelease({ owner, repo });
  const { data: milestones } = /*@A*/ await octokit.rest.issues.listMilestones({ owner, repo, state: 'open' });
  const { data: compare } = await octokit.rest.repos.compareCommitsWithBasehead({
    owner,
    repo,
    basehead: `${latest.tag_name}...${head}`,
  });

  const milestone = milestones.find((m) => m.title === `v${version}`);
  const body = compare.commits
    .map((c) => `- ${c.commit.message.split('\n')[0]} (${c.sha.slice(0, 7)})`)
    .join('\n');

  const { data: release } = await octokit.rest.repos.createRelease({
    owner,
    repo,
    tag_name: `v${version}`,
    target_commitish: head,
    name: `v${version}`,
    body,
    draft: true,
  });

  if (milestone) {
    await octokit.rest.issues.updateMilestone({ owner, repo, milestone_number: milestone.number, state: 'closed' });
  }
  return release.html_url;
}
