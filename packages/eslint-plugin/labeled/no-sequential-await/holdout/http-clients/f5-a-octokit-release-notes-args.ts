// case: a release script passes the latest release, the milestone's closed issues and the milestone (GraphQL) straight as arguments to the notes renderer, then publishes the release
// category: http-clients
// why: the three awaits inside renderNotes(…) are evaluated in order and none uses another: all take
//      owner, repo and the milestone number from the caller (A); createRelease is a write using the
//      notes; updateMilestone is a discarded write that follows it
import { Octokit } from '@octokit/rest';

const octokit = new Octokit({ auth: process.env.RELEASE_TOKEN });
const owner = 'acme';
const repo = 'widgets';

const MILESTONE_QUERY = /* GraphQL */ `
  query ($owner: String!, $repo: String!, $number: Int!) {
    repository(owner: $owner, name: $repo) {
      milestone(number: $number) { title dueOn }
    }
  }
`;

type MilestoneResult = { repository: { milestone: { title: string; dueOn: string | null } | null } };

function renderNotes(
  previous: { data: { tag_name: string } },
  issues: Array<{ number: number; title: string; pull_request?: unknown }>,
  milestone: MilestoneResult,
) {
  const title = milestone.repository.milestone?.title ?? 'Release';
  const lines = issues.map((i) => `- ${i.pull_request ? 'PR' : 'Issue'} #${i.number}: ${i.title}`);
  return { title, body: `Changes since ${previous.data.tag_name}:\n\n${lines.join('\n')}` };
}

export async function publishRelease(tag: string, milestoneNumber: number) {
  const notes = renderNotes(
    /*@A*/ await octokit.rest.repos.getLatestRelease({ owner, repo }),
    /*@A*/ await octokit.paginate(octokit.rest.issues.listForRepo, {
      owner,
      repo,
      milestone: String(milestoneNumber),
      state: 'closed',
      per_page: 100,
    }),
    /*@A*/ await octokit.graphql<MilestoneResult>(MILESTONE_QUERY, { owner, repo, number: milestoneNumber }),
  );
  const { data: release } = await octokit.rest.repos.createRelease({ owner, repo, tag_name: tag, name: notes.title, body: notes.body });
  await octokit.rest.issues.updateMilestone({ owner, repo, milestone_number: milestoneNumber, state: 'closed' });
  return release.html_url;
}
