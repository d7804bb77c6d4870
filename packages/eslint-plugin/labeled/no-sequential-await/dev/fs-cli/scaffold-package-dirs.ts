// case: a generator creates a package folder and writes its first files
// category: fs-cli
// why: every await is a file-system write whose result is discarded; mkdir has to finish before
//      files are written into the folder, and the writes stay in order
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function scaffoldPackage(root: string, name: string): Promise<void> {
  const dir = path.join(root, 'packages', name);
  const src = path.join(dir, 'src');

  await mkdir(src, { recursive: true });
  await writeFile(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: `@acme/${name}`, version: '0.0.0', type: 'module', main: 'dist/index.js' }, null, 2),
  );
  await copyFile(path.join(root, 'templates', 'tsconfig.json'), path.join(dir, 'tsconfig.json'));
  await writeFile(path.join(src, 'index.ts'), `export const packageName = '${name}';\n`);

  console.log(`created packages/${name}`);
}
