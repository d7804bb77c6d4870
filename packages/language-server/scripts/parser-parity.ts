/**
 * Compares what the oxc-based parser gives with what `@typescript-eslint/parser` gives, file by
 * file (`tests/ast-differences.ts`), and says which files oxc's path left to typescript-eslint.
 * `pnpm --filter gather-language-server run parity:parser FILE_OR_DIRECTORY…` (CI: the corpus
 * slice it fetched) prints each class of difference with a count and one example, and exits 1 when
 * there is any.
 */
import { readFileSync } from 'node:fs';

import { oxcLoaded, parseWithOxc } from '../src/parser/oxc-typescript-parser.js';
import { parityOf, summarize, typescriptFilesIn, type Difference } from '../tests/ast-differences.js';

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!(await oxcLoaded)) throw new Error('oxc-parser did not load');
  const classes = new Map<string, { count: number; example: string }>();
  let differing = 0;
  const fallbacks: string[] = [];
  const files = process.argv.slice(2).flatMap(typescriptFilesIn);
  for (const file of files) {
    let differences: Difference[];
    try {
      const code = readFileSync(file, 'utf8');
      if (!parseWithOxc(code, { sourceType: 'module', ecmaFeatures: { jsx: file.endsWith('x') } })) fallbacks.push(file);
      differences = parityOf(code, file.endsWith('x'));
    } catch (error) {
      differences = [{ path: '', kind: 'error', expected: '', actual: String(error).slice(0, 200) }];
    }
    if (differences.length > 0) differing++;
    for (const difference of differences) {
      const entry = classes.get(difference.kind) ?? {
        count: 0,
        example: `${file} ${difference.path}: ${summarize(difference.expected)} vs ${summarize(difference.actual)}`,
      };
      entry.count++;
      classes.set(difference.kind, entry);
    }
  }
  console.log(
    `${files.length} files, ${differing} with differences; ${fallbacks.length} parsed by typescript-eslint's parser${fallbacks.length > 0 ? `, for example ${fallbacks[0]}` : ''}`,
  );
  for (const [kind, { count, example }] of [...classes].sort((a, b) => b[1].count - a[1].count)) console.log(`${count}\t${kind}\n\t${example}`);
  if (differing > 0 || files.length === 0) process.exitCode = 1;
}
