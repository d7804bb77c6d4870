// case: a CI check HEADs every tarball URL in package-lock.json, skipping URLs already checked
// category: accumulators
// why: negative. `checked` is a Set the body both reads (before the HEAD) and fills (after it): two
//      lockfile entries sharing one tarball URL are fetched once only because the earlier iteration
//      finished and recorded it before the later one looked
import { readFile } from 'node:fs/promises';

type LockEntry = { version?: string; resolved?: string; integrity?: string; link?: boolean };

export async function checkTarballs(lockPath: string) {
  const lock = JSON.parse(await readFile(lockPath, 'utf8')) as { packages: Record<string, LockEntry> };
  const checked = new Set<string>();
  const missing: string[] = [];

  for (const [key, entry] of Object.entries(lock.packages)) {
    if (!key || entry.link || !entry.resolved) continue;
    if (checked.has(entry.resolved)) continue;
    const res = await fetch(entry.resolved, { method: 'HEAD' });
    checked.add(entry.resolved);
    if (!res.ok) missing.push(`${key} -> ${entry.resolved} (${res.status})`);
  }

  if (missing.length) {
    console.error(`missing tarballs:\n${missing.join('\n')}`);
    process.exitCode = 1;
  }
  return { checked: checked.size, missing };
}
