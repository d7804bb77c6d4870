// case: an "outdated" command asks the npm registry for the latest version of every dependency; a name check bails on the first taken name
// category: http-clients
// why: findOutdated loops over Object.entries of the manifest's dependencies; each iteration GETs the
//      abbreviated packument of its own package and pushes a row (`continue` is fine), so the fetches can
//      all start together. assertNamesFree throws on the first name that exists: the loop decides when
//      to stop, so it stays sequential.
import { readFile } from 'node:fs/promises';
import semver from 'semver';

type AbbreviatedPackument = { name: string; 'dist-tags': Record<string, string>; modified: string };

export interface OutdatedRow {
  name: string;
  wanted: string;
  latest: string;
  modified: string;
}

export async function findOutdated(manifestPath: string, registry = 'https://registry.npmjs.org'): Promise<OutdatedRow[]> {
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  const deps: Record<string, string> = { ...manifest.dependencies, ...manifest.devDependencies };

  const rows: OutdatedRow[] = [];
  /*@A*/ for (const [name, range] of Object.entries(deps)) {
    if (range.startsWith('workspace:') || range.startsWith('file:') || range.startsWith('link:')) continue;
    const res = await fetch(`${registry}/${name.replace('/', '%2f')}`, {
      headers: { accept: 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8' },
    });
    if (!res.ok) {
      console.warn(`skipping ${name}: registry answered ${res.status}`);
      continue;
    }
    const packument = (await res.json()) as AbbreviatedPackument;
    const latest = packument['dist-tags'].latest;
    if (!latest || semver.satisfies(latest, range)) continue;
    rows.push({ name, wanted: range, latest, modified: packument.modified });
  }

  return rows.sort((a, b) => a.name.localeCompare(b.name));
}

export async function assertNamesFree(names: string[], registry = 'https://registry.npmjs.org') {
  for (const name of names) {
    const res = await fetch(`${registry}/${name.replace('/', '%2f')}`, { method: 'HEAD' });
    if (res.status !== 404) {
      throw new Error(`${name} already exists on ${registry} (status ${res.status})`);
    }
  }
}
