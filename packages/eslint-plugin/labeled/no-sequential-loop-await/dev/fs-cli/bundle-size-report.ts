// case: a build script prints the size of every emitted bundle
// category: fs-cli
// why: the index loop reads files[i] with stat, a read; the size is written to sizes[i], a slot of
//      its own, so no iteration depends on another and all stats can run together
import { stat } from 'node:fs/promises';
import { globSync } from 'glob';

export async function bundleSizes(distDir: string): Promise<{ file: string; bytes: number }[]> {
  const files: string[] = globSync('**/*.{js,css}', { cwd: distDir, absolute: true });
  const sizes: { file: string; bytes: number }[] = new Array(files.length);

  /*@A*/ for (let i = 0; i < files.length; i++) {
    const info = await stat(files[i]);
    sizes[i] = { file: files[i].slice(distDir.length + 1), bytes: info.size };
  }

  sizes.sort((a, b) => b.bytes - a.bytes);
  console.table(sizes.slice(0, 10));
  return sizes;
}
