// case: a repo inventory script reads package.json and tsconfig.json and globs the sources, then writes a report
// category: fs-cli
// why: the two readFile calls (inside JSON.parse arguments) and the globby call are reads of different
//      paths and use nothing of each other; mkdir and writeFile are discarded, ordered effects after them
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { globby } from 'globby';

const root = process.cwd();

const pkg = JSON.parse(/*@A*/ await readFile(path.join(root, 'package.json'), 'utf8'));
const tsconfig = JSON.parse(/*@A*/ await readFile(path.join(root, 'tsconfig.json'), 'utf8'));
const sources = /*@A*/ await globby(['src/**/*.{ts,tsx}', '!**/*.test.*', '!**/__fixtures__/**'], {
  cwd: root,
  gitignore: true,
});

const report = {
  name: pkg.name,
  version: pkg.version,
  dependencies: Object.keys(pkg.dependencies ?? {}).length,
  strict: Boolean(tsconfig.compilerOptions?.strict),
  files: sources.length,
  byFolder: Object.groupBy(sources, (file) => file.split('/')[1] ?? '.'),
};

await mkdir(path.join(root, 'reports'), { recursive: true });
await writeFile(path.join(root, 'reports', 'inventory.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`inventory: ${sources.length} source files in ${pkg.name}`);
