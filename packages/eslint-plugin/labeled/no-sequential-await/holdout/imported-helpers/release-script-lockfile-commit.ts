// case: a release script bumps the version, refreshes the lockfile, commits, and lists what the release commit touched, via imported git helpers
// category: imported-helpers
// why: refreshLockfile runs `npm install --package-lock-only`, which rewrites package-lock.json;
//      recordRelease stages that file and runs git commit; listTouchedFiles runs git show on the new HEAD.
//      Each subprocess reads what the previous one changed in the working tree or history, so they stay
//      in order; the tag and the writes are effects
import { readFile, writeFile } from 'node:fs/promises';
import { execa } from 'execa';
import semver from 'semver';
import { listTouchedFiles, recordRelease, refreshLockfile } from './_modules/release/git';

const bump = (process.argv[2] ?? 'patch') as semver.ReleaseType;

const pkg = JSON.parse(await readFile('package.json', 'utf8'));
const next = semver.inc(pkg.version, bump);
if (!next) throw new Error(`cannot bump ${pkg.version} by ${bump}`);

pkg.version = next;
await writeFile('package.json', `${JSON.stringify(pkg, null, 2)}\n`);

const installLog = await refreshLockfile();
const sha = await recordRelease(next);
const touched = await listTouchedFiles();

await execa('git', ['tag', '-a', `v${next}`, '-m', `v${next}`]);
console.log(`released v${next} at ${sha}: ${touched.join(', ')}`);
if (process.env.DEBUG) console.log(installLog);
