// case: a build script reads package.json, the build tsconfig and the changelog, then writes a trimmed dist package
// category: fs-cli
// why: the three readFile calls (two inside JSON.parse arguments) read different files and use nothing of
//      each other; mkdir and the writes are awaited for their effect and stay in order after them
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { out: { type: 'string', short: 'o', default: 'dist' } },
});

const pkg = JSON.parse(/*@A*/ await readFile('package.json', 'utf8'));
const tsconfig = JSON.parse(/*@A*/ await readFile('tsconfig.build.json', 'utf8'));
const changelog = /*@A*/ await readFile('CHANGELOG.md', 'utf8');

const outDir = tsconfig.compilerOptions?.outDir ?? 'lib';
const latest = changelog.split(/^## /m)[1]?.trim() ?? '';

await mkdir(values.out, { recursive: true });
await writeFile(
  `${values.out}/package.json`,
  JSON.stringify(
    { ...pkg, scripts: undefined, devDependencies: undefined, main: `${outDir}/index.js`, types: `${outDir}/index.d.ts` },
    null,
    2,
  ),
);
await writeFile(`${values.out}/RELEASE_NOTES.md`, `## ${latest}\n`);
