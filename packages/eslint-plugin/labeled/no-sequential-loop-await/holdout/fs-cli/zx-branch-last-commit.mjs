// case: a zx script checks out each release branch to read its version file and last commit date
// category: fs-cli
// why: `git checkout` changes the one working tree and is awaited for its effect; the reads after it
//      depend on which branch is checked out, so the iterations are ordered
import 'zx/globals';

const branches = (await $`git branch --list 'release/*' --format=%(refname:short)`).stdout.trim().split('\n');
const report = [];

for (const branch of branches) {
  await $`git checkout --quiet ${branch}`;
  const version = (await fs.readJson('package.json')).version;
  const date = (await $`git log -1 --format=%cs`).stdout.trim();
  report.push({ branch, version, date });
}

await $`git checkout --quiet main`;
console.table(report);
