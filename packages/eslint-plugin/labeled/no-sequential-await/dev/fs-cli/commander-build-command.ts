// case: a commander `build` action loads the tool config and the nearest package.json
// category: fs-cli
// why: the config file and package.json are read independently; bundle() is awaited for its
//      effect and uses both; parseAsync at top level is a single await
import { Command } from 'commander';
import { readPackageUp } from 'read-package-up';
import { bundle } from './bundle.js';
import { loadConfig } from './config.js';

const program = new Command();

program
  .name('shipit')
  .command('build')
  .option('-c, --config <file>', 'config file', 'shipit.config.json')
  .option('--minify', 'minify output', false)
  .action(async (opts: { config: string; minify: boolean }) => {
    const config = /*@A*/ await loadConfig(opts.config);
    const found = /*@A*/ await readPackageUp({ cwd: process.cwd() });
    if (!found) throw new Error('no package.json found');

    await bundle({
      ...config,
      minify: opts.minify,
      external: Object.keys(found.packageJson.dependencies ?? {}),
    });
  });

await program.parseAsync(process.argv);
