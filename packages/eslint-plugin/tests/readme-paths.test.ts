/**
 * The root README's tables ("Layout", "Where do I put X?", "More commands") name paths in the
 * repository; each must exist, so the README cannot drift from the tree it describes.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/**
 * Backticked paths in table rows: from the root (`packages/…`, `examples/…`, `scripts/…`,
 * `docs/…`, `.ci`), or within the package the row is about (`src/rules/`, `scripts/manifest.mts`):
 * each path with the places it may be relative to.
 */
function pathsInTables(markdown: string): { path: string; candidates: string[]; row: string }[] {
  const found: { path: string; candidates: string[]; row: string }[] = [];
  for (const row of markdown.split('\n').filter(line => line.startsWith('| '))) {
    const rowPackage = /`(packages\/[\w-]+)/.exec(row)?.[1];
    for (const [, value] of row.matchAll(/`([\w./-]+)`/g)) {
      // what a command writes (the .vsix, dist/) is not in a clone
      if (!value!.includes('/') || /\.vsix$|(?:^|\/)dist(?:\/|$)/.test(value!)) continue;
      const fromRoot = /^(?:packages|examples|scripts|docs|\.ci|\.vscode)(?:\/|$)/.test(value!);
      const fromPackage = rowPackage !== undefined && /^(?:src|tests|docs|labeled|corpus|bench|scripts|e2e)\//.test(value!);
      if (!fromRoot && !fromPackage) continue;
      const candidates = [...(fromRoot ? [value!] : []), ...(fromPackage ? [`${rowPackage}/${value}`] : [])];
      found.push({ path: value!, candidates, row });
    }
  }
  return found;
}

describe('the root README', () => {
  const paths = pathsInTables(README);

  it('names paths in its tables', () => {
    expect(paths.length).toBeGreaterThan(15);
  });

  it.each(paths.map(entry => [entry.path, entry] as const))('%s exists', (_, entry) => {
    expect(
      entry.candidates.some(candidate => existsSync(path.join(ROOT, candidate))),
      entry.row,
    ).toBe(true);
  });
});
