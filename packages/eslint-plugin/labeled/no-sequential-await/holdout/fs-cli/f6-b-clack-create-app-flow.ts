// case: a create-app CLI asks three questions with @clack/prompts, then downloads the template and installs
// category: fs-cli
// why: negative. text, select and confirm are prompts on one terminal, answered one after another;
//      the answers decide the template and the install. downloadTemplate and the install are awaited
//      for their effect under a spinner, and the install runs in the folder the download fills
import { cancel, confirm, intro, isCancel, outro, select, spinner, text } from '@clack/prompts';
import { downloadTemplate } from 'giget';
import { execa } from 'execa';
import path from 'node:path';

export async function main() {
  intro('create-acme-app');

  const name = await text({ message: 'Project name?', placeholder: 'my-app', validate: (v) => (v ? undefined : 'Required') });
  if (isCancel(name)) return cancel('Cancelled');

  const framework = await select({
    message: 'Framework?',
    options: [
      { value: 'react', label: 'React' },
      { value: 'vue', label: 'Vue' },
      { value: 'svelte', label: 'Svelte' },
    ],
  });
  if (isCancel(framework)) return cancel('Cancelled');

  const install = await confirm({ message: 'Install dependencies?' });
  if (isCancel(install)) return cancel('Cancelled');

  const dir = path.resolve(process.cwd(), name);
  const s = spinner();
  s.start('Downloading template');
  await downloadTemplate(`github:acme/templates/${framework}`, { dir });
  s.stop('Template ready');

  if (install) {
    s.start('Installing dependencies');
    await execa('pnpm', ['install'], { cwd: dir });
    s.stop('Dependencies installed');
  }

  outro(`Done. cd ${name} && pnpm dev`);
}
