import * as readline from 'node:readline/promises';
import { stdin as input, stdout as output } from 'node:process';
import { select } from '@inquirer/prompts';

const rl = readline.createInterface({ input, output });

export async function resolveProjectName(fallback: string) {
  const answer = (await rl.question(`Project name (${fallback}): `)).trim();
  return answer || fallback;
}

export async function chooseTemplate(templates: string[]) {
  return select({
    message: 'Which starter?',
    choices: templates.map((value) => ({ value, name: value })),
  });
}

export async function resolvePackageManager() {
  const answer = (await rl.question('Package manager [pnpm/npm/yarn] (pnpm): ')).trim().toLowerCase();
  return answer === 'npm' || answer === 'yarn' ? answer : 'pnpm';
}

export function closePrompts() {
  rl.close();
}
