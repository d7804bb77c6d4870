// case: a monorepo "pin workspace ranges" script reads every workspace package.json, then rewrites the stale ones
// category: fs-cli
// why: the first loop reads one manifest per globbed path (a list that exists before the loop) and only
//      sets a key in a Map, so all reads can start together. The second loop writes files one after
//      another (writeFile per item is a write, never a report); its inner loops have no await.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { globby } from 'globby';

const root = process.cwd();
const manifestPaths = await globby(['packages/*/package.json', 'apps/*/package.json'], {
  cwd: root,
  absolute: true,
  gitignore: true,
});

const workspaces = new Map();
/*@A*/ for (const file of manifestPaths) {
  const manifest = JSON.parse(await readFile(file, 'utf8'));
  workspaces.set(manifest.name, { dir: path.dirname(file), file, manifest });
}

let changed = 0;
for (const { file, manifest } of workspaces.values()) {
  let dirty = false;
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies']) {
    for (const [dep, range] of Object.entries(manifest[field] ?? {})) {
      if (!workspaces.has(dep) || range.startsWith('workspace:')) continue;
      manifest[field][dep] = 'workspace:^';
      dirty = true;
    }
  }
  if (!dirty) continue;
  await writeFile(file, `${JSON.stringify(manifest, null, 2)}\n`);
  changed++;
}

console.log(`pinned workspace ranges in ${changed} of ${workspaces.size} manifest(s)`);
