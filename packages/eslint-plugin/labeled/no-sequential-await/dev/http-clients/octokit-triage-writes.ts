// case: a triage bot labels an issue, posts a comment and reacts to its own comment with octokit
// category: http-clients
// why: addLabels is a write awaited for its effect, createComment is a write, and the reaction uses
//      the new comment's id; nothing can be gathered
import { Octokit } from 'octokit';

const app = new Octokit({ auth: process.env.GITHUB_TOKEN });

export async function triage(owner: string, repo: string, issue_number: number, area: string) {
  await app.rest.issues.addLabels({ owner, repo, issue_number, labels: ['needs-triage', `area/${area}`] });

  const { data: comment } = await app.rest.issues.createComment({
    owner,
    repo,
    issue_number,
    body: `Thanks for the report! The **${area}** team will take a look.`,
  });

  await app.rest.reactions.createForIssueComment({ owner, repo, comment_id: comment.id, content: 'eyes' });
  return comment.html_url;
}
