// case: a commander `generate component` command renders three files from templates and writes them
// category: imported-helpers
// why: loadTemplate is async but does no I/O: it compiles a Handlebars source bundled in
//      gen/sources and applies it, all on the CPU, so running the three calls "together" saves
//      nothing. The mkdir and writeFile awaits are discarded, ordered effects
import path from 'node:path';
import { mkdir, writeFile } from 'node:fs/promises';
import { Command } from 'commander';

import { loadTemplate } from './_modules/x/gen/templates';

const program = new Command('gen');

program
  .command('component <name>')
  .option('-g, --group <group>', 'storybook group', 'Components')
  .option('-d, --dir <dir>', 'base directory', 'src/components')
  .action(async (name: string, options: { group: string; dir: string }) => {
    if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) {
      program.error(`component names are PascalCase, got "${name}"`);
    }
    const vars = { name, group: options.group };
    const component = await loadTemplate('component', vars);
    const story = await loadTemplate('story', vars);
    const test = await loadTemplate('test', vars);

    const target = path.join(options.dir, name);
    await mkdir(target, { recursive: true });
    await writeFile(path.join(target, `${name}.tsx`), component, { flag: 'wx' });
    await writeFile(path.join(target, `${name}.stories.tsx`), story, { flag: 'wx' });
    await writeFile(path.join(target, `${name}.test.tsx`), test, { flag: 'wx' });
    console.log(`created ${path.relative(process.cwd(), target)}`);
  });

await program.parseAsync(process.argv);
