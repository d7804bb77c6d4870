// case: a CI step reports the size of every file in the build output and fails on large chunks
// category: fs-cli
// why: the first loop stats each entry of a readdir result (reads) and records the size in a Map; the
//      failure is decided after the loop, so the stats are independent
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const LIMIT = 250 * 1024;

async function main(dir = 'dist/assets') {
  const entries = await readdir(dir, { withFileTypes: true });
  const sizes = new Map<string, number>();

  /*@A*/ for (const entry of entries) {
    if (!entry.isFile()) continue;
    const info = await stat(join(dir, entry.name));
    sizes.set(entry.name, info.size);
  }

  const tooLarge = [...sizes].filter(([, size]) => size > LIMIT);
  for (const [name, size] of [...sizes].sort((a, b) => b[1] - a[1])) {
    console.log(`${(size / 1024).toFixed(1).padStart(8)} kB  ${name}`);
  }
  if (tooLarge.length > 0) {
    console.error(`${tooLarge.length} chunk(s) exceed ${LIMIT / 1024} kB`);
    process.exitCode = 1;
  }
}

await main(process.argv[2]);
