// case: a create-widget CLI asks for a name, a template and whether to install, then copies the template
// category: fs-cli
// why: the three @clack/prompts questions read from one terminal one after another (a stateful
//      source), so they stay in order; mkdir, cp and the install are discarded, ordered effects
import * as p from '@clack/prompts';
import { mkdir, cp } from 'node:fs/promises';
import { execa } from 'execa';

const TEMPLATES = ['react-ts', 'vue-ts', 'vanilla'] as const;

export async function main() {
  p.intro('create-widget');

  const name = await p.text({ message: 'Project name?', placeholder: 'my-widget' });
  const template = await p.select({
    message: 'Template',
    options: TEMPLATES.map((value) => ({ value, label: value })),
  });
  const install = await p.confirm({ message: 'Install dependencies with pnpm?' });

  if (p.isCancel(name) || p.isCancel(template) || p.isCancel(install)) {
    p.cancel('Cancelled');
    process.exit(0);
  }

  await mkdir(name, { recursive: true });
  await cp(new URL(`../templates/${template}/`, import.meta.url), name, { recursive: true });
  if (install) {
    await execa('pnpm', ['install'], { cwd: name, stdio: 'inherit' });
  }
  p.outro(`Done. cd ${name}`);
}
