// case: a release dashboard reads the latest release, the open pull requests and GraphQL counts of a repo
// category: http-clients
// why: the three awaits are declarators of one const; each is a read (REST getLatestRelease and
//      pulls.list, a GraphQL query) taking only owner and repo, and none uses another declarator
import { Octokit } from '@octokit/rest';

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

interface RepoCounts {
  repository: { stargazerCount: number; issues: { totalCount: number } };
}

export async function releaseDashboard(owner: string, repo: string) {
  const latest = /*@A*/ await octokit.rest.repos.getLatestRelease({ owner, repo }),
    openPulls = /*@A*/ await octokit.rest.pulls.list({ owner, repo, state: 'open', per_page: 50 }),
    counts = /*@A*/ await octokit.graphql<RepoCounts>(
      `query ($owner: String!, $repo: String!) {
        repository(owner: $owner, name: $repo) {
          stargazerCount
          issues(states: OPEN) { totalCount }
        }
      }`,
      { owner, repo },
    );

  const releasedAt = new Date(latest.data.published_at ?? latest.data.created_at);
  const waiting = openPulls.data.filter((pr) => new Date(pr.created_at) < releasedAt);

  return {
    tag: latest.data.tag_name,
    releasedAt,
    openPulls: openPulls.data.length,
    waitingSinceRelease: waiting.map((pr) => pr.number),
    stars: counts.repository.stargazerCount,
    openIssues: counts.repository.issues.totalCount,
  };
}
