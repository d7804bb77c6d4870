// case: an `outdated` command GETs each dependency's registry metadata and lists the ones whose latest leaves the range
// category: http-clients
// why: Object.entries over the merged dependency maps exists before the loop; each iteration GETs the
//      abbreviated packument for its own name and reads the body; a failed GET is skipped with
//      `continue`, and rows are only pushed. Nothing one iteration does feeds another
import { readFile } from 'node:fs/promises';
import semver from 'semver';

interface Row {
  name: string;
  range: string;
  latest: string;
}

export async function outdated(cwd: string, registry = 'https://registry.npmjs.org') {
  const pkg = JSON.parse(await readFile(`${cwd}/package.json`, 'utf8'));
  const deps: Record<string, string> = { ...pkg.dependencies, ...pkg.devDependencies };
  const rows: Row[] = [];

  /*@A*/ for (const [name, range] of Object.entries(deps)) {
    if (range.startsWith('workspace:')) continue;
    const res = await fetch(`${registry}/${name.replace('/', '%2f')}`, {
      headers: { accept: 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8' },
    });
    if (!res.ok) {
      console.warn(`skipping ${name}: registry answered ${res.status}`);
      continue;
    }
    const meta = (await res.json()) as { 'dist-tags': { latest: string } };
    const latest = meta['dist-tags'].latest;
    if (!semver.satisfies(latest, range)) rows.push({ name, range, latest });
  }

  return rows;
}
