// case: a bump command inspects the repo with simple-git, refuses a dirty tree, then writes and commits the bump
// category: statements-between
// why: git.status() and git.log() are two reads of the repo that take nothing from each other (simple-git
//      runs them as separate git processes): group A. The two ifs use status and throw, a guard, so the
//      package.json read after them may not start before they pass. The write, add, commit and tag are
//      discarded effects on the working tree; revparse reads the commit just made, alone
import { readFile, writeFile } from 'node:fs/promises';
import { simpleGit } from 'simple-git';

export async function bumpAndCommit(cwd: string, next: string) {
  const git = simpleGit({ baseDir: cwd });

  const status = /*@A*/ await git.status();
  const log = /*@A*/ await git.log({ maxCount: 1 });
  if (!status.isClean()) throw new Error(`working tree is dirty: ${status.files.map((f) => f.path).join(', ')}`);
  if (status.current !== 'main') throw new Error(`on ${status.current}, releases are cut from main`);

  const pkgPath = `${cwd}/package.json`;
  const pkg = JSON.parse(await readFile(pkgPath, 'utf8'));
  const previous = pkg.version;
  pkg.version = next;
  await writeFile(pkgPath, JSON.stringify(pkg, null, 2) + '\n');

  await git.add('package.json');
  await git.commit(`chore(release): v${next}`);
  await git.addTag(`v${next}`);
  const head = await git.revparse(['HEAD']);

  return { previous, next, previousHead: log.latest?.hash, head };
}
