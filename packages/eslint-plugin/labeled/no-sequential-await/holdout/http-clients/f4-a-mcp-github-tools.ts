// case: an MCP server exposes GitHub triage tools backed by Octokit: issue context, PR review context, and labelling
// category: http-clients
// why: issue_context reads the issue, its comments and its timeline with the same three params: group A;
//      in review_pull the PR and its files are independent reads (group B) but the check runs need
//      pr.head.sha; in label_issue the repo labels are validated before the addLabels write, and the
//      issue re-read after it reads the issue just written, so nothing there is grouped
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { Octokit } from '@octokit/rest';
import { z } from 'zod';

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN, userAgent: 'gh-triage-mcp/0.4' });
const server = new McpServer({ name: 'gh-triage', version: '0.4.0' });

const repoArgs = { owner: z.string(), repo: z.string() };
const text = (value: unknown) => ({ content: [{ type: 'text' as const, text: JSON.stringify(value, null, 2) }] });

server.registerTool(
  'issue_context',
  {
    title: 'Issue context',
    description: 'Issue body, comments and timeline events for triage',
    inputSchema: { ...repoArgs, issue_number: z.number().int().positive() },
  },
  async ({ owner, repo, issue_number }) => {
    const { data: issue } = /*@A*/ await octokit.rest.issues.get({ owner, repo, issue_number });
    const { data: comments } = /*@A*/ await octokit.rest.issues.listComments({ owner, repo, issue_number, per_page: 50 });
    const { data: events } = /*@A*/ await octokit.rest.issues.listEventsForTimeline({
      owner,
      repo,
      issue_number,
      per_page: 100,
    });
    return text({
      title: issue.title,
      state: issue.state,
      body: issue.body,
      labels: issue.labels,
      comments: comments.map((c) => ({ by: c.user?.login, at: c.created_at, body: c.body })),
      events: events.map((e) => e.event),
    });
  },
);

server.registerTool(
  'review_pull',
  {
    title: 'Pull request review context',
    description: 'PR metadata, changed files and check runs on the head commit',
    inputSchema: { ...repoArgs, pull_number: z.number().int().positive() },
  },
  async ({ owner, repo, pull_number }) => {
    const { data: pr } = /*@B*/ await octokit.rest.pulls.get({ owner, repo, pull_number });
    const { data: files } = /*@B*/ await octokit.rest.pulls.listFiles({ owner, repo, pull_number, per_page: 100 });
    const { data: checks } = await octokit.rest.checks.listForRef({ owner, repo, ref: pr.head.sha });
    return text({
      title: pr.title,
      author: pr.user?.login,
      mergeable: pr.mergeable_state,
      files: files.map((f) => `${f.status} ${f.filename} (+${f.additions}/-${f.deletions})`),
      checks: checks.check_runs.map((run) => `${run.name}: ${run.conclusion ?? run.status}`),
    });
  },
);

server.registerTool(
  'label_issue',
  {
    title: 'Label an issue',
    description: 'Adds existing repository labels to an issue',
    inputSchema: { ...repoArgs, issue_number: z.number().int().positive(), labels: z.array(z.string()).min(1) },
  },
  async ({ owner, repo, issue_number, labels }) => {
    const { data: repoLabels } = await octokit.rest.issues.listLabelsForRepo({ owner, repo, per_page: 100 });
    const unknown = labels.filter((name) => !repoLabels.some((l) => l.name === name));
    if (unknown.length > 0) {
      return { isError: true, content: [{ type: 'text' as const, text: `unknown labels: ${unknown.join(', ')}` }] };
    }

    await octokit.rest.issues.addLabels({ owner, repo, issue_number, labels });
    const { data: issue } = await octokit.rest.issues.get({ owner, repo, issue_number });
    return text({ labels: issue.labels });
  },
);

await server.connect(new StdioServerTransport());
