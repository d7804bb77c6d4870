// case: a monorepo CLI prints the name and version of every public workspace package
// category: fs-cli
// why: the workspace dirs are listed before the loop; each iteration reads its own package.json
//      (a file read) and pushes a row; `continue` skips private packages; no iteration uses
//      another's result
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

async function main(root = process.cwd()) {
  const entries = await readdir(path.join(root, 'packages'), { withFileTypes: true });
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => path.join(root, 'packages', e.name));
  const rows: [name: string, version: string, dir: string][] = [];
  /*@A*/ for (const dir of dirs) {
    const raw = await readFile(path.join(dir, 'package.json'), 'utf8');
    const pkg = JSON.parse(raw) as { name: string; version: string; private?: boolean };
    if (pkg.private) continue;
    rows.push([pkg.name, pkg.version, path.relative(root, dir)]);
  }
  rows.sort((a, b) => a[0].localeCompare(b[0]));
  const width = Math.max(0, ...rows.map((r) => r[0].length));
  for (const [name, version, dir] of rows) {
    console.log(`${name.padEnd(width)}  ${version.padEnd(10)} ${dir}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
