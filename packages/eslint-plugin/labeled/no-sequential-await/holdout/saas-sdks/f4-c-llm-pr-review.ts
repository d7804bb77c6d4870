// case: a CI script fetches the base branch, reads the review prompt, the diff and the pull request, asks Claude for a review and posts it
// category: saas-sdks
// why: `git fetch` is awaited for its effect and must finish before the diff. After it, the prompt file,
//      `git diff` and pulls.get read three different sources and use nothing of each other (A). The
//      early return only uses their results. messages.create needs all three; createComment is a
//      discarded write.
import { readFile } from 'node:fs/promises';
import Anthropic from '@anthropic-ai/sdk';
import { Octokit } from '@octokit/rest';
import { execa } from 'execa';

const anthropic = new Anthropic();
const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

export async function reviewPullRequest(owner: string, repo: string, pullNumber: number, base: string) {
  await execa('git', ['fetch', '--depth=50', 'origin', base]);

  const instructions = /*@A*/ await readFile('.github/review-prompt.md', 'utf8');
  const { stdout: diff } = /*@A*/ await execa('git', ['diff', `origin/${base}...HEAD`, '--', '.', ':!pnpm-lock.yaml']);
  const { data: pr } = /*@A*/ await octokit.rest.pulls.get({ owner, repo, pull_number: pullNumber });

  if (!diff.trim() || pr.draft) {
    console.log('nothing to review');
    return;
  }

  const response = await anthropic.messages.create({
    model: 'claude-sonnet-4-5',
    max_tokens: 2000,
    system: instructions,
    messages: [{ role: 'user', content: `# ${pr.title}\n\n${pr.body ?? ''}\n\n\`\`\`diff\n${diff.slice(0, 150_000)}\n\`\`\`` }],
  });
  const review = response.content
    .filter((block) => block.type === 'text')
    .map((block) => block.text)
    .join('\n');

  await octokit.rest.issues.createComment({ owner, repo, issue_number: pullNumber, body: `### AI review\n\n${review}` });
}
