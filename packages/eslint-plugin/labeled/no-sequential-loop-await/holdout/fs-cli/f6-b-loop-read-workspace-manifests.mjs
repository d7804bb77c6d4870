// case: a monorepo script globs every workspace package.json and reads each to list the public packages
// category: fs-cli
// why: the globbed paths exist before the loop; each iteration only reads its own package.json and
//      pushes a row (`continue` skips private ones); no iteration reads what another wrote, and the
//      rows are sorted afterwards anyway
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';

const root = process.cwd();
const manifests = await glob(['packages/*/package.json', 'apps/*/package.json'], {
  cwd: root,
  absolute: true,
  ignore: ['**/node_modules/**'],
});

const workspaces = [];
/*@A*/ for (const file of manifests) {
  const pkg = JSON.parse(await readFile(file, 'utf8'));
  if (pkg.private) continue;
  workspaces.push({
    name: pkg.name,
    version: pkg.version,
    dir: path.relative(root, path.dirname(file)),
  });
}

workspaces.sort((a, b) => a.name.localeCompare(b.name));
console.table(workspaces);
