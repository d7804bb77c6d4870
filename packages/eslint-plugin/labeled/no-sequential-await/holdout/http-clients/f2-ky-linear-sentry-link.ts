// case: a webhook links a Sentry issue to a Linear issue: it reads both, then posts a comment mutation
// category: http-clients
// why: the first ky.post sends a GraphQL *query* (a read, though POST) and the ky.get reads Sentry;
//      neither uses the other, so they form a group; the commentCreate mutation is a write that uses
//      both results and is discarded
import ky from 'ky';

const linearHeaders = { authorization: process.env.LINEAR_API_KEY! };
const sentryHeaders = { authorization: `Bearer ${process.env.SENTRY_TOKEN}` };

const ISSUE_QUERY = `query Issue($id: String!) { issue(id: $id) { id identifier description } }`;
const COMMENT_MUTATION = `mutation Comment($issueId: String!, $body: String!) {
  commentCreate(input: { issueId: $issueId, body: $body }) { success }
}`;

export async function linkSentryIssue(linearIssueId: string, sentryIssueId: string) {
  const { data } = /*@A*/ await ky
    .post('https://api.linear.app/graphql', {
      headers: linearHeaders,
      json: { query: ISSUE_QUERY, variables: { id: linearIssueId } },
    })
    .json<{ data: { issue: { id: string; identifier: string; description: string | null } } }>();
  const sentry = /*@A*/ await ky
    .get(`https://sentry.io/api/0/issues/${sentryIssueId}/`, { headers: sentryHeaders })
    .json<{ title: string; permalink: string; count: string }>();

  if (data.issue.description?.includes(sentry.permalink)) return 'already-linked';

  await ky.post('https://api.linear.app/graphql', {
    headers: linearHeaders,
    json: {
      query: COMMENT_MUTATION,
      variables: { issueId: data.issue.id, body: `Sentry: [${sentry.title}](${sentry.permalink}), ${sentry.count} events` },
    },
  });
  return 'linked';
}
