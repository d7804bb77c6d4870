// case: a zx release script fetches tags, reads the commits since the last one, bumps, commits, tags and pushes
// category: fs-cli
// why: negative. `git fetch --tags` is a discarded effect that the describe must see; `git log` needs
//      the tag describe returned; `npm version` rewrites package.json and the readJson after it reads
//      that file back; commit, tag and push change the repo in order and discard their results
import { $, echo, fs } from 'zx';

$.verbose = false;

await $`git fetch --tags origin`;
const tag = (await $`git describe --tags --abbrev=0`).stdout.trim();
const commits = (await $`git log ${`${tag}..HEAD`} --format=%s`).stdout
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean);

if (commits.length === 0) {
  echo(`nothing to release since ${tag}`);
  process.exit(0);
}

const breaking = commits.some((c) => /^\w+(\(.+\))?!:/.test(c) || c.includes('BREAKING CHANGE'));
const bump = breaking ? 'major' : commits.some((c) => c.startsWith('feat')) ? 'minor' : 'patch';

await $`npm version ${bump} --no-git-tag-version`;
const { version } = await fs.readJson('package.json');

await $`git commit -am ${`chore(release): v${version}`}`;
await $`git tag -a ${`v${version}`} -m ${`v${version}`}`;
await $`git push --follow-tags origin HEAD`;
echo(`released v${version} (${commits.length} commits, ${bump})`);
