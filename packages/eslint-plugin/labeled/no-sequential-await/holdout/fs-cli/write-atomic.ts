// case: a CLI helper writes a file atomically: mkdir, write a temp file, stat it, then rename into place
// category: fs-cli
// why: mkdir and writeFile are awaited for their effect; stat reads the temp file just written; rename
//      runs only after the size check, so every step is ordered
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export async function writeAtomic(target: string, data: string | Uint8Array): Promise<number> {
  const tmp = `${target}.${process.pid}.tmp`;
  const expected = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;

  await mkdir(dirname(target), { recursive: true });
  await writeFile(tmp, data, { mode: 0o644 });

  const { size } = await stat(tmp);
  if (size !== expected) {
    throw new Error(`short write to ${tmp}: ${size} of ${expected} bytes`);
  }

  await rename(tmp, target);
  return size;
}
