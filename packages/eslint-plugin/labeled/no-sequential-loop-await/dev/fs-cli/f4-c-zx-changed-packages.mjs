// case: a zx release helper finds which packages changed since main, prompts for a bump per package and builds them in order
// category: fs-cli
// why: the first loop runs a read-only `git log` per package directory (a tagged template, new work per
//      item) and pushes to `changed`, so all can start together. The prompt loop asks the user one
//      question after another (a stateful source). The build loop awaits `pnpm run build` for its effect
//      (discarded, and packages build in dependency order).
import { $, argv, glob, chalk } from 'zx';
import { select } from '@inquirer/prompts';

$.verbose = false;
const since = argv.since ?? 'origin/main';
const dirs = await glob('packages/*', { onlyDirectories: true });

const changed = [];
/*@A*/ for (const dir of dirs) {
  const last = (await $`git log -1 --format=%h ${since}..HEAD -- ${dir}`).stdout.trim();
  if (last) changed.push({ dir, last });
}

if (changed.length === 0) {
  console.log(chalk.green(`nothing changed since ${since}`));
  process.exit(0);
}

const bumps = {};
for (const { dir, last } of changed) {
  bumps[dir] = await select({
    message: `${dir} (last change ${last}): which bump?`,
    choices: [
      { name: 'patch', value: 'patch' },
      { name: 'minor', value: 'minor' },
      { name: 'major', value: 'major' },
      { name: 'skip', value: null },
    ],
  });
}

for (const { dir } of changed) {
  if (!bumps[dir]) continue;
  console.log(chalk.cyan(`building ${dir}`));
  await $({ cwd: dir, verbose: true })`pnpm run build`;
}
