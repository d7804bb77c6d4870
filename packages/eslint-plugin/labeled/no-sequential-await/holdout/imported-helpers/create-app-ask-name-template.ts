// case: a create-app CLI asks for the project name, the starter and the package manager through imported helpers from a cli index
// category: imported-helpers
// why: resolveProjectName and resolvePackageManager call rl.question on one shared readline interface
//      and chooseTemplate shows an inquirer select prompt; prompts on the terminal must be asked one after
//      another, so none of the three may be grouped
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseTemplate, closePrompts, resolvePackageManager, resolveProjectName } from './_modules/cli';

const TEMPLATES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'templates');

export async function createApp(argv: string[]) {
  const defaultName = argv[0] ?? 'my-app';

  const name = await resolveProjectName(defaultName);
  const template = await chooseTemplate(['next-app', 'vite-react', 'express-api']);
  const pm = await resolvePackageManager();
  closePrompts();

  const target = path.resolve(process.cwd(), name);
  await cp(path.join(TEMPLATES_DIR, template), target, { recursive: true });

  console.log(`\nDone. Next steps:\n  cd ${name}\n  ${pm} install\n  ${pm} run dev\n`);
}
