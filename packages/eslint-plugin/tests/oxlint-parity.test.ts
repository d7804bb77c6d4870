/**
 * oxlint runs the built plugin as a JS plugin (`"jsPlugins"` in `.oxlintrc.json`), with its own
 * parser and scope analysis. This test keeps the two tools at parity on the labeled sets, the
 * demo app and the editor fixtures (every file a rule is meant to judge): the same reports of
 * every rule on the same lines and columns with the same messages, and the same text once each
 * tool applies the suggestions. `pnpm corpus --oxlint` does the same on real code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { eslintReports, eslintWithSuggestionsApplied } from '../corpus/eslint-reports.js';
import { oxlintReports, oxlintWithSuggestionsApplied, reportKey } from '../corpus/oxlint.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/;

function sourcesUnder(directory: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(directory)) {
    const full = path.join(directory, name);
    if (statSync(full).isDirectory()) found.push(...sourcesUnder(full));
    else if (SOURCE.test(name)) found.push(full);
  }
  return found;
}

const FILES = [
  ...sourcesUnder(path.join(ROOT, 'packages/eslint-plugin/labeled')),
  ...sourcesUnder(path.join(ROOT, 'examples/src')),
  ...sourcesUnder(path.join(ROOT, 'packages/vscode-extension/e2e/fixtures')).filter(file => !file.endsWith('broken.ts')),
].sort();

describe('oxlint and ESLint agree', { timeout: 300_000 }, () => {
  const byESLint = eslintReports(FILES);
  const byOxlint = oxlintReports(FILES);

  it(`report the same on ${FILES.length} files`, () => {
    expect(byESLint.length).toBeGreaterThan(100);
    expect(byOxlint.map(reportKey).sort()).toEqual(byESLint.map(reportKey).sort());
  });

  it('give the same text once the suggestions are applied', () => {
    const reported = [...new Set(byESLint.map(report => report.file))];
    const fixedByESLint = eslintWithSuggestionsApplied(reported);
    const fixedByOxlint = oxlintWithSuggestionsApplied(reported);
    let changed = 0;
    for (const file of reported) {
      const expected = fixedByESLint.get(file);
      // a file whose suggestions overlap is applied differently by design (one pass each): compared by reports above
      if (expected === undefined) continue;
      if (expected !== readFileSync(file, 'utf8')) changed++;
      expect(fixedByOxlint.get(file), file).toBe(expected);
    }
    expect(changed).toBeGreaterThan(50);
  });
});
