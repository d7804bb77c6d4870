// case: a deploy CLI parses yargs options, reads the environment manifest and diffs or applies it
// category: fs-cli
// why: the manifest path comes from the parsed argv, and the two kubectl calls sit in different
//      branches of the dry-run check, so nothing runs unconditionally side by side
import { readFile } from 'node:fs/promises';
import { execa } from 'execa';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';

const argv = await yargs(hideBin(process.argv))
  .option('env', { choices: ['staging', 'production'] as const, demandOption: true })
  .option('dry-run', { type: 'boolean', default: false })
  .strict()
  .parse();

const manifest: { path: string; namespace: string } = JSON.parse(await readFile(`deploy/${argv.env}.json`, 'utf8'));

if (argv.dryRun) {
  const { stdout } = await execa('kubectl', ['diff', '-n', manifest.namespace, '-f', manifest.path], { reject: false });
  console.log(stdout || 'no changes');
} else {
  const { stdout } = await execa('kubectl', ['apply', '-n', manifest.namespace, '-f', manifest.path]);
  console.log(stdout);
}
