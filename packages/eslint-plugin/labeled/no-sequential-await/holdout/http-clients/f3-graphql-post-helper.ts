// case: a contributor card runs two GitHub GraphQL queries through a local helper that POSTs them
// category: http-clients
// why: both calls are GraphQL queries (reads) even though they are sent with POST; the user query takes
//      the login and the org query the org name, and neither uses the other's data
const GITHUB_GRAPHQL = 'https://api.github.com/graphql';

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(GITHUB_GRAPHQL, {
    method: 'POST',
    headers: { authorization: `Bearer ${process.env.GITHUB_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  if (!res.ok) throw new Error(`GraphQL request failed: ${res.status}`);
  const { data, errors } = (await res.json()) as { data: T; errors?: { message: string }[] };
  if (errors?.length) throw new Error(errors.map((e) => e.message).join('; '));
  return data;
}

const USER_QUERY = `query($login: String!) { user(login: $login) { name avatarUrl contributionsCollection { totalCommitContributions } } }`;
const ORG_QUERY = `query($org: String!, $first: Int!) { organization(login: $org) { name repositories(first: $first, orderBy: { field: STARGAZERS, direction: DESC }) { nodes { name stargazerCount } } } }`;

type UserData = { user: { name: string; avatarUrl: string; contributionsCollection: { totalCommitContributions: number } } };
type OrgData = { organization: { name: string; repositories: { nodes: { name: string; stargazerCount: number }[] } } };

export async function loadContributorCard(login: string, org: string) {
  const { user } = /*@A*/ await gql<UserData>(USER_QUERY, { login });
  const { organization } = /*@A*/ await gql<OrgData>(ORG_QUERY, { org, first: 5 });
  return {
    name: user.name,
    avatar: user.avatarUrl,
    commits: user.contributionsCollection.totalCommitContributions,
    org: organization.name,
    topRepos: organization.repositories.nodes.map((r) => r.name),
  };
}
