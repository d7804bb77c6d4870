// case: a zx release script checks the tree is clean, reads package.json, the changelog and the last tag, then commits and tags
// category: fs-cli
// why: `git status` comes first and a `throw` follows when the tree is dirty, so what comes after runs
//      only if that check passed. Then package.json, CHANGELOG.md and `git describe` are three reads
//      that use nothing of each other (A). The `git log` needs the last tag; the changelog write, the
//      commit and the tag are discarded writes in order.
import { readFile, writeFile } from 'node:fs/promises';
import { $, argv } from 'zx';
import semver from 'semver';

$.verbose = false;

const { stdout: dirty } = await $`git status --porcelain`;
if (dirty.trim()) throw new Error('working tree is not clean, commit or stash first');

const pkg = JSON.parse(/*@A*/ await readFile('package.json', 'utf8'));
const changelog = /*@A*/ await readFile('CHANGELOG.md', 'utf8');
const lastTag = (/*@A*/ await $`git describe --tags --abbrev=0`).stdout.trim();

const log = (await $`git log ${lastTag}..HEAD --format=%s`).stdout.trim().split('\n').filter(Boolean);
const releaseType = argv.major ? 'major' : log.some((subject) => subject.startsWith('feat')) ? 'minor' : 'patch';
const next = semver.inc(pkg.version, releaseType);

const entry = `## ${next}\n\n${log.map((subject) => `- ${subject}`).join('\n')}\n\n`;
await writeFile('CHANGELOG.md', changelog.replace('# Changelog\n\n', `# Changelog\n\n${entry}`));
await writeFile('package.json', `${JSON.stringify({ ...pkg, version: next }, null, 2)}\n`);
await $`git commit -am ${`release: v${next}`}`;
await $`git tag v${next}`;

console.log(`tagged v${next}; push with: git push --follow-tags`);
