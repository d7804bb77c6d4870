// case: before packing, a script rewrites each package.json, replacing workspace: ranges with real versions
// category: fs-cli
// why: negative. Each iteration reads its manifest and then writes it back with writeFile; the awaited
//      work includes a file write, so this is not a read-only loop to start all at once
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

type Manifest = { name: string; version: string; dependencies?: Record<string, string>; peerDependencies?: Record<string, string> };

export async function pinWorkspaceRanges(dirs: string[], versions: Map<string, string>) {
  const changed: string[] = [];

  for (const dir of dirs) {
    const file = path.join(dir, 'package.json');
    const pkg: Manifest = JSON.parse(await readFile(file, 'utf8'));
    let dirty = false;
    for (const field of ['dependencies', 'peerDependencies'] as const) {
      const deps = pkg[field];
      if (!deps) continue;
      for (const [name, range] of Object.entries(deps)) {
        if (!range.startsWith('workspace:')) continue;
        const version = versions.get(name);
        if (!version) continue;
        deps[name] = range === 'workspace:*' ? version : `^${version}`;
        dirty = true;
      }
    }
    if (!dirty) continue;
    await writeFile(file, JSON.stringify(pkg, null, 2) + '\n');
    changed.push(pkg.name);
  }

  return changed;
}
