// case: a CI step asks Claude for a two-sentence summary of every TypeScript file changed on the branch
// category: saas-sdks
// why: the index loop runs over `files` (from git, before the loop) and uses `files[i]`; each iteration
//      reads its file and sends one messages.create (a read: it creates nothing read back later), then
//      stores the line at its own index. No iteration uses another's result, so they can run together.
//      The final writeFile is outside the loop.
import { readFile, writeFile } from 'node:fs/promises';
import Anthropic from '@anthropic-ai/sdk';
import { execa } from 'execa';

const anthropic = new Anthropic();

const { stdout } = await execa('git', ['diff', '--name-only', '--diff-filter=d', 'origin/main...HEAD', '--', '*.ts', '*.tsx']);
const files = stdout.split('\n').filter(Boolean);

const summaries = new Array(files.length);
/*@A*/ for (let i = 0; i < files.length; i++) {
  const source = await readFile(files[i], 'utf8');
  const message = await anthropic.messages.create({
    model: 'claude-haiku-4-5',
    max_tokens: 300,
    messages: [
      {
        role: 'user',
        content: `Summarize what this file does in two sentences.\n\n<file path="${files[i]}">\n${source}\n</file>`,
      },
    ],
  });
  const text = message.content.find((block) => block.type === 'text')?.text.trim() ?? '(no summary)';
  summaries[i] = `- \`${files[i]}\`: ${text}`;
}

await writeFile('pr-summary.md', `## Changed files\n\n${summaries.join('\n')}\n`);
