// case: a `create-package` command checks the folder is free, makes it, writes the files and reads one back
// category: fs-cli
// why: negative. The access() probe decides whether to throw, so nothing may start before it; mkdir,
//      both writeFile calls and copyFile are awaited for their effect (results discarded) and the
//      writes need the folder mkdir makes; the final readFile reads package.json right after it was
//      written, so it stays after the write and has no partner
import { access, copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function createPackage(root: string, name: string) {
  const dir = path.join(root, 'packages', name);
  const taken = await access(dir).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`${path.relative(root, dir)} already exists`);

  await mkdir(path.join(dir, 'src'), { recursive: true });
  const manifest = {
    name: `@acme/${name}`,
    version: '0.0.0',
    type: 'module',
    exports: { '.': './dist/index.js' },
    scripts: { build: 'tsup src/index.ts --format esm --dts' },
  };
  await writeFile(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  await writeFile(path.join(dir, 'src', 'index.ts'), `export const name = ${JSON.stringify(name)};\n`);
  await copyFile(path.join(root, 'tsconfig.base.json'), path.join(dir, 'tsconfig.json'));

  const written = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8'));
  console.log(`created ${written.name} in ${path.relative(root, dir)}`);
  return written;
}
