// case: a GitHub dashboard sends two GraphQL queries with graphql-request
// category: http-clients
// why: both requests are GraphQL queries (reads) even though they travel as POST; they take the
//      same login and neither uses the other's data
import { GraphQLClient, gql } from 'graphql-request';

const client = new GraphQLClient('https://api.github.com/graphql', {
  headers: { authorization: `Bearer ${process.env.GITHUB_TOKEN}` },
});

const VIEWER_REPOS = gql`
  query ViewerRepos($login: String!) {
    user(login: $login) { repositories(first: 10, orderBy: { field: PUSHED_AT, direction: DESC }) { nodes { nameWithOwner stargazerCount } } }
  }
`;
const OPEN_PRS = gql`
  query OpenPrs($q: String!) {
    search(query: $q, type: ISSUE, first: 20) { issueCount nodes { ... on PullRequest { title url } } }
  }
`;

export async function dashboard(login: string) {
  const repos = /*@A*/ await client.request<{ user: { repositories: { nodes: { nameWithOwner: string }[] } } }>(VIEWER_REPOS, { login });
  const prs = /*@A*/ await client.request<{ search: { issueCount: number } }>(OPEN_PRS, {
    q: `is:pr is:open author:${login}`,
  });
  return { repos: repos.user.repositories.nodes, openPrs: prs.search.issueCount };
}
