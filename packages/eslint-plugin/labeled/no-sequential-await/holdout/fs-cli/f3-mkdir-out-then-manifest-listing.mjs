// case: a build CLI creates the output folder, then reads the previous manifest and lists the folder
// category: fs-cli
// why: the awaited mkdir is an ordered effect and the later reads look inside the folder it creates;
//      the manifest read and the readdir after it are two reads that use nothing of each other;
//      the manifest write uses both
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const outDir = resolve(values.out);
const manifestPath = join(outDir, 'manifest.json');

await mkdir(outDir, { recursive: true });
const previous = /*@A*/ await readFile(manifestPath, 'utf8').catch(() => '{"files":[]}');
const existing = /*@A*/ await readdir(outDir);

const known = new Set(JSON.parse(previous).files);
const stale = existing.filter((name) => name !== 'manifest.json' && !known.has(name));
for (const name of stale) {
  await rm(join(outDir, name), { recursive: true, force: true });
}

await writeFile(manifestPath, JSON.stringify({ files: [...known], builtAt: new Date().toISOString() }, null, 2));
console.log(`cleaned ${stale.length} stale entries in ${outDir}`);
