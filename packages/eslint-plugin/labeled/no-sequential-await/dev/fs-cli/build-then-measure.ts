// case: a size script runs the build, then stats the bundle and gzips its contents
// category: fs-cli
// why: the build is awaited for its effect and comes first; stat and readFile both read the built
//      file and are independent; gzipSize needs readFile's buffer, so it is not a member
import { exec } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gzipSize } from 'gzip-size';

const execAsync = promisify(exec);

export async function measureBundle(entry = 'dist/index.js') {
  await execAsync('npm run build', { env: { ...process.env, NODE_ENV: 'production' } });

  const { size } = /*@A*/ await stat(entry);
  const gzipped = await gzipSize(/*@A*/ await readFile(entry));

  return { entry, size, gzipped, ratio: Number((gzipped / size).toFixed(3)) };
}
