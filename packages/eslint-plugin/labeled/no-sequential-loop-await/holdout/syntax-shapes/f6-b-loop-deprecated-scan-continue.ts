// case: a codemod pre-check lists source files in object mode and reads each to find @deprecated imports
// category: syntax-shapes
// why: the fast-glob entries (destructured in the loop head) exist before the loop; each iteration reads
//      its own file; both `continue`s only skip an item; hits are pushed. No break, return or throw
import { readFile } from 'node:fs/promises';
import fg from 'fast-glob';

const DEPRECATED = ['legacyFetch', 'createStoreV1', 'useOldRouter'];

export async function findDeprecatedUses(cwd: string) {
  const entries = await fg(['src/**/*.{ts,tsx}'], { cwd, absolute: true, objectMode: true, ignore: ['**/*.d.ts'] });
  const hits: { file: string; names: string[] }[] = [];

  /*@A*/ for (const { path: file, name } of entries) {
    if (name.endsWith('.generated.ts')) continue;
    const source = await readFile(file, 'utf8');
    const names = DEPRECATED.filter((n) => new RegExp(`\\b${n}\\b`).test(source));
    if (names.length === 0) continue;
    hits.push({ file, names });
  }

  if (hits.length) {
    console.log(`${hits.length} files still use deprecated APIs; run \`pnpm codemod migrate-v2\``);
  }
  return hits;
}
