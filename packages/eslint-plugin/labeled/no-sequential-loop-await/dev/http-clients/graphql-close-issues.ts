// case: a triage script closes every stale issue through the GitHub GraphQL API
// category: http-clients
// why: not reported: each request is a closeIssue *mutation*, a write per issue, even though the
//      request shape is the same POST as a query
import { graphql } from '@octokit/graphql';

const gql = graphql.defaults({ headers: { authorization: `token ${process.env.GITHUB_TOKEN}` } });

const CLOSE = `
  mutation Close($id: ID!) {
    closeIssue(input: { issueId: $id, stateReason: NOT_PLANNED }) {
      issue { number state }
    }
  }
`;

export async function closeStale(issueIds: string[]) {
  const closed: number[] = [];
  for (const id of issueIds) {
    const result = await gql<{ closeIssue: { issue: { number: number } } }>(CLOSE, { id });
    closed.push(result.closeIssue.issue.number);
  }
  return closed;
}
