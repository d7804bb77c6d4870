// case: a release dashboard reads the latest release, open PRs into main and open milestones (GraphQL) for a repo
// category: http-clients
// why: the two REST GETs and the GraphQL query (a read, even though it goes out as a POST) take only owner
//      and repo and use nothing of each other: one group; the compare call needs the latest release's tag,
//      so it depends on the first member and stays after
import { Octokit } from '@octokit/rest';

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN, userAgent: 'release-dashboard/1.4' });

type MilestonesQuery = {
  repository: {
    milestones: { nodes: { title: string; dueOn: string | null; progressPercentage: number }[] };
  };
};

export async function releaseDashboard(owner: string, repo: string) {
  const { data: latest } = /*@A*/ await octokit.rest.repos.getLatestRelease({ owner, repo });
  const { data: openPulls } = /*@A*/ await octokit.rest.pulls.list({
    owner,
    repo,
    state: 'open',
    base: 'main',
    per_page: 50,
  });
  const milestones = /*@A*/ await octokit.graphql<MilestonesQuery>(
    `query ($owner: String!, $repo: String!) {
      repository(owner: $owner, name: $repo) {
        milestones(states: OPEN, first: 5, orderBy: { field: DUE_DATE, direction: ASC }) {
          nodes { title dueOn progressPercentage }
        }
      }
    }`,
    { owner, repo },
  );
  const { data: compare } = await octokit.rest.repos.compareCommits({
    owner,
    repo,
    base: latest.tag_name,
    head: 'main',
  });

  return {
    latest: { tag: latest.tag_name, publishedAt: latest.published_at },
    unreleasedCommits: compare.total_commits,
    openPulls: openPulls.map((pr) => ({ number: pr.number, title: pr.title, draft: pr.draft })),
    milestones: milestones.repository.milestones.nodes,
  };
}
