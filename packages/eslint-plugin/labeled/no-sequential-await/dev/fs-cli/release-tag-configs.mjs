// case: a release script reads package.json, the changelog and the release config at top level
// category: fs-cli
// why: the three reads open different files and none uses another's content; the git tag is
//      awaited for its effect after the check that reads them
import { readFile } from 'node:fs/promises';
import { execa } from 'execa';

const pkg = JSON.parse(/*@A*/ await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const changelog = /*@A*/ await readFile(new URL('../CHANGELOG.md', import.meta.url), 'utf8');
const releaseConfig = JSON.parse(/*@A*/ await readFile(new URL('../.releaserc.json', import.meta.url), 'utf8'));

const heading = `## ${pkg.version}`;
if (!changelog.includes(heading)) {
  console.error(`CHANGELOG.md has no entry for ${pkg.version}`);
  process.exit(1);
}

const tag = `${releaseConfig.tagPrefix ?? 'v'}${pkg.version}`;
await execa('git', ['tag', '-a', tag, '-m', `Release ${pkg.version}`]);
await execa('git', ['push', 'origin', tag]);
console.log(`tagged and pushed ${tag}`);
