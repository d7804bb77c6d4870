// case: a release script reads package.json, the changelog and the last tag, then prepends the notes and commits
// category: fs-cli
// why: package.json, CHANGELOG.md and `git describe` are three reads that use nothing of each other:
//      group A. `git log lastTag..HEAD` needs the tag from the describe member, so it is not a member.
//      writeFile, git add and git commit are awaited for their effect (discarded) and change the
//      working tree; rev-parse HEAD reads the commit just made, alone after the writes
import { readFile, writeFile } from 'node:fs/promises';
import { execa } from 'execa';

const pkg = JSON.parse(/*@A*/ await readFile('package.json', 'utf8'));
const changelog = /*@A*/ await readFile('CHANGELOG.md', 'utf8');
const { stdout: lastTag } = /*@A*/ await execa('git', ['describe', '--tags', '--abbrev=0']);

const { stdout: log } = await execa('git', ['log', `${lastTag.trim()}..HEAD`, '--pretty=format:- %s (%h)']);
if (!log.trim()) {
  console.log(`nothing to release since ${lastTag}`);
  process.exit(0);
}

const date = new Date().toISOString().slice(0, 10);
const notes = `## ${pkg.version} (${date})\n\n${log}\n\n`;
await writeFile('CHANGELOG.md', notes + changelog);
await execa('git', ['add', 'CHANGELOG.md']);
await execa('git', ['commit', '-m', `docs(changelog): v${pkg.version}`]);

const { stdout: sha } = await execa('git', ['rev-parse', '--short', 'HEAD']);
console.log(`changelog for v${pkg.version} committed as ${sha}`);
