// case: a dashboard fetches star and issue counts for each tracked repository over GraphQL
// category: http-clients
// why: each iteration POSTs a GraphQL *query* (a read, despite the method) for its own repository
//      and pushes the numbers; there is no mutation and no shared cursor
const GITHUB_GRAPHQL = 'https://api.github.com/graphql';

const REPO_QUERY = /* GraphQL */ `
  query RepoStats($owner: String!, $name: String!) {
    repository(owner: $owner, name: $name) {
      stargazerCount
      issues(states: OPEN) { totalCount }
    }
  }
`;

export async function repoStats(repos: { owner: string; name: string }[], token: string) {
  const stats: { repo: string; stars: number; openIssues: number }[] = [];
  /*@A*/ for (const { owner, name } of repos) {
    const res = await fetch(GITHUB_GRAPHQL, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: REPO_QUERY, variables: { owner, name } }),
    });
    const { data } = await res.json();
    stats.push({ repo: `${owner}/${name}`, stars: data.repository.stargazerCount, openIssues: data.repository.issues.totalCount });
  }
  return stats;
}
