// case: a zx release script reads the branch, the short sha and the last tag with git, then tags and pushes
// category: fs-cli
// why: the three tagged-template git reads are independent (group A); the tag and the push are awaited
//      for their effect and run only after the branch check
import { $, echo } from 'zx';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { bump: { type: 'string', default: 'patch' }, 'dry-run': { type: 'boolean', default: false } },
});

function bump(tag, kind) {
  const [major, minor, patch] = tag.replace(/^v/, '').split('.').map(Number);
  if (kind === 'major') return `v${major + 1}.0.0`;
  if (kind === 'minor') return `v${major}.${minor + 1}.0`;
  return `v${major}.${minor}.${patch + 1}`;
}

const branch = (/*@A*/ await $`git rev-parse --abbrev-ref HEAD`).stdout.trim();
const sha = (/*@A*/ await $`git rev-parse --short HEAD`).stdout.trim();
const lastTag = (/*@A*/ await $`git describe --tags --abbrev=0`).stdout.trim();

if (branch !== 'main') {
  echo`refusing to release from ${branch}`;
  process.exit(1);
}

const next = bump(lastTag, values.bump);
echo`releasing ${next} at ${sha}`;
if (!values['dry-run']) {
  await $`git tag -a ${next} -m ${`release ${next}`}`;
  await $`git push origin ${next}`;
}
