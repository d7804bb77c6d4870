// case: a top-level-await .mjs script reads package.json, the lockfile and the source file list
// category: fs-cli
// why: the two file reads and the glob are independent reads at module top level; the later reads
//      of every source use the glob's result and the report write is awaited for its effect
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { glob } from 'tinyglobby';

const root = fileURLToPath(new URL('..', import.meta.url));

const pkg = JSON.parse(/*@A*/ await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const lockfile = /*@A*/ await readFile(new URL('../pnpm-lock.yaml', import.meta.url), 'utf8');
const sources = /*@A*/ await glob(['src/**/*.{ts,tsx}'], { cwd: root, absolute: true, ignore: ['**/*.test.ts'] });

const texts = await Promise.all(sources.map((file) => readFile(file, 'utf8')));
const declared = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });

const unused = declared.filter(
  (name) => !texts.some((text) => text.includes(`'${name}'`) || text.includes(`'${name}/`)),
);
const unlocked = declared.filter((name) => !lockfile.includes(`/${name}@`) && !lockfile.includes(`'${name}'`));

await writeFile(
  new URL('../deps-report.json', import.meta.url),
  JSON.stringify({ scanned: sources.length, unused, unlocked }, null, 2),
);
console.log(`scanned ${sources.length} files, ${unused.length} unused, ${unlocked.length} missing from lockfile`);
