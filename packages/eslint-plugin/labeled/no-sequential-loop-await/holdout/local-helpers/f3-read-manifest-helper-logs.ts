// case: a monorepo script prints each workspace package's version through a read-only local helper
// category: local-helpers
// why: loadManifest only reads one package.json and parses it; the loop logs per item and sets its own
//      key of `versions`, which a rewrite can keep in order, so the reads are independent
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

type Manifest = { name: string; version: string; private?: boolean };

const root = process.cwd();

async function loadManifest(dir: string): Promise<Manifest> {
  const text = await readFile(join(root, 'packages', dir, 'package.json'), 'utf8');
  return JSON.parse(text) as Manifest;
}

export async function printVersions(packageDirs: string[]) {
  const versions: Record<string, string> = {};
  /*@A*/ for (const dir of packageDirs) {
    const manifest = await loadManifest(dir);
    console.log(`${manifest.name.padEnd(32)} ${manifest.version}${manifest.private ? ' (private)' : ''}`);
    versions[manifest.name] = manifest.version;
  }
  return versions;
}
