// case: a status page script sends a GitHub GraphQL query (as a POST) for open issues and reads the latest release over REST
// category: http-clients
// why: the POST carries a GraphQL query, not a mutation, so it is a read; the REST call reads another
//      resource; neither uses the other's data, so the two form a group
import ky from 'ky';

const github = ky.create({
  prefixUrl: 'https://api.github.com',
  headers: { authorization: `Bearer ${process.env.GITHUB_TOKEN}`, 'x-github-api-version': '2022-11-28' },
  timeout: 10_000,
});

const OPEN_ISSUES = /* GraphQL */ `
  query OpenIssues($owner: String!, $name: String!) {
    repository(owner: $owner, name: $name) {
      issues(states: OPEN, labels: ["incident"], first: 20) { nodes { number title createdAt } }
    }
  }
`;

type IssuesResult = { data: { repository: { issues: { nodes: { number: number; title: string }[] } } } };
type Release = { tag_name: string; published_at: string };

export async function statusSnapshot(owner: string, name: string) {
  const issues = /*@A*/ await github
    .post('graphql', { json: { query: OPEN_ISSUES, variables: { owner, name } } })
    .json<IssuesResult>();
  const release = /*@A*/ await github.get(`repos/${owner}/${name}/releases/latest`).json<Release>();

  return {
    incidents: issues.data.repository.issues.nodes,
    version: release.tag_name,
    releasedAt: release.published_at,
  };
}
