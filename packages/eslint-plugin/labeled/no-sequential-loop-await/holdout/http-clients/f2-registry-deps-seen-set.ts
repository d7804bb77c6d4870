// case: a licence report fetches each direct dependency, skipping any an earlier one already pulls in
// category: http-clients
// why: `pulledIn` is checked before each request and filled from earlier responses' dependency
//      lists: whether a package is fetched at all depends on what came back before it
import ky from 'ky';
import { readFile } from 'node:fs/promises';

type Manifest = {
  name: string;
  version: string;
  license?: string;
  dependencies?: Record<string, string>;
};

export async function licenceReport(pkgJsonPath: string) {
  const pkg = JSON.parse(await readFile(pkgJsonPath, 'utf8')) as Manifest;
  const direct = Object.keys(pkg.dependencies ?? {}).sort();
  const pulledIn = new Set<string>();
  const rows: { name: string; version: string; license: string }[] = [];
  for (const name of direct) {
    if (pulledIn.has(name)) continue;
    const manifest = await ky
      .get(`https://registry.npmjs.org/${name.replace('/', '%2f')}/latest`)
      .json<Manifest>();
    pulledIn.add(name);
    for (const dep of Object.keys(manifest.dependencies ?? {})) pulledIn.add(dep);
    rows.push({ name, version: manifest.version, license: manifest.license ?? 'UNKNOWN' });
  }
  return rows;
}
