// case: a release script bumps the version, collects git notes, commits and tags, then publishes
// category: imported-helpers
// why: collectReleaseNotes runs `git log <tag>..HEAD` (a read), but commitRelease runs `git add`,
//      `git commit` and `git tag` through execa: writes to the same repository that move HEAD, so
//      it must not start before the log has settled (the notes could even list the release commit).
//      formatMarkdown is prettier.format with inline options, CPU only, and needs
//      the notes; the writeFile and publishRelease results are discarded or used in order
import { readFile, writeFile } from 'node:fs/promises';
import semver, { type ReleaseType } from 'semver';

import { collectReleaseNotes } from './_modules/x/release/changelog';
import { commitRelease } from './_modules/x/release/git';
import { formatMarkdown } from './_modules/x/release/format';
import { publishRelease } from './_modules/x/release/publish';

async function main() {
  const bump = (process.argv[2] ?? 'patch') as ReleaseType;
  const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
  const previous = `v${pkg.version}`;
  const next = semver.inc(pkg.version, bump);
  if (!next) throw new Error(`cannot apply ${bump} to ${pkg.version}`);

  await writeFile('package.json', `${JSON.stringify({ ...pkg, version: next }, null, 2)}\n`);

  const notes = await collectReleaseNotes(previous);
  const sha = await commitRelease(next);
  const body = await formatMarkdown(`## v${next}\n\n${notes}`);

  const url = await publishRelease(next, sha, body);
  console.log(`released v${next}: ${url}`);
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
