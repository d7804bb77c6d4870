// case: a CI check compares the lockfile at the base ref with the one in the working tree
// category: fs-cli
// why: `git show` reads the old lockfile from the repository and readFile reads the working copy;
//      neither uses the other, and the comparison after them is synchronous
import { readFile } from 'node:fs/promises';
import { execa } from 'execa';
import { parse } from 'yaml';

type Lockfile = { importers: Record<string, { dependencies?: Record<string, { version: string }> }> };

export async function changedDependencies(baseRef: string): Promise<string[]> {
  const { stdout: baseText } = /*@A*/ await execa('git', ['show', `${baseRef}:pnpm-lock.yaml`]);
  const headText = /*@A*/ await readFile('pnpm-lock.yaml', 'utf8');

  const base = parse(baseText) as Lockfile;
  const head = parse(headText) as Lockfile;
  const before = base.importers['.']?.dependencies ?? {};
  const after = head.importers['.']?.dependencies ?? {};

  return Object.keys({ ...before, ...after }).filter((name) => before[name]?.version !== after[name]?.version);
}
