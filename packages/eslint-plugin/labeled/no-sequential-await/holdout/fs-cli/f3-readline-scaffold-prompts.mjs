// case: a create-app CLI asks for the project name, the template and the package manager with readline
// category: fs-cli
// why: the three rl.question calls read answers from one stdin interface: each prompt must be
//      answered before the next is shown, so they stay in order although no answer feeds another
import * as readline from 'node:readline/promises';
import { stdin as input, stdout as output } from 'node:process';
import { scaffold } from '../lib/scaffold.mjs';

const rl = readline.createInterface({ input, output });

try {
  const name = await rl.question('Project name: ');
  const template = await rl.question('Template (react, vue, svelte): ');
  const pm = await rl.question('Package manager [pnpm]: ');

  const dir = await scaffold({
    name: name.trim() || 'my-app',
    template: template.trim() || 'react',
    packageManager: pm.trim() || 'pnpm',
  });
  console.log(`\nDone. Next steps:\n  cd ${dir}\n  ${pm.trim() || 'pnpm'} install`);
} finally {
  rl.close();
}
