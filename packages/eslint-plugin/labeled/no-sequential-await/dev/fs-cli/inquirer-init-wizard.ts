// case: an init command asks a series of @inquirer/prompts questions and writes the answers
// category: fs-cli
// why: prompts share one terminal and each waits for the user's previous answer, so they are a
//      stateful source that stays in order; the final confirm is inside an if test and the write
//      depends on all answers
import { checkbox, confirm, input, select } from '@inquirer/prompts';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function runInitWizard(cwd: string): Promise<void> {
  const name = await input({ message: 'Project name', default: path.basename(cwd) });
  const framework = await select({
    message: 'Framework',
    choices: [
      { name: 'Next.js', value: 'next' },
      { name: 'Remix', value: 'remix' },
      { name: 'Astro', value: 'astro' },
    ],
  });
  const extras = await checkbox({ message: 'Extras', choices: ['eslint', 'prettier', 'vitest', 'playwright'] });
  const typescript = await confirm({ message: 'Use TypeScript?', default: true });

  const file = path.join(cwd, 'project.config.json');
  if (!(await confirm({ message: `Write ${file}?`, default: true }))) return;
  await writeFile(file, JSON.stringify({ name, framework, extras, typescript }, null, 2));
}
