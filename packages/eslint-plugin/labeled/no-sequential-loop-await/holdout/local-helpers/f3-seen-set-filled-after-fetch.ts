// case: a license audit fetches top-level packages through a helper that skips names an earlier package already depends on
// category: local-helpers
// why: the helper checks the module-level `covered` set and fills it only after its fetch returns, so
//      whether an iteration fetches at all depends on what earlier iterations added
type Manifest = { name: string; version: string; license?: string; dependencies?: Record<string, string> };

const covered = new Set<string>();

async function fetchUncovered(name: string): Promise<Manifest | null> {
  if (covered.has(name)) return null;
  const res = await fetch(`https://registry.npmjs.org/${encodeURIComponent(name)}/latest`);
  const manifest = (await res.json()) as Manifest;
  covered.add(name);
  for (const dep of Object.keys(manifest.dependencies ?? {})) covered.add(dep);
  return manifest;
}

export async function auditTopLevel(names: string[]) {
  const rows: Array<{ name: string; license: string }> = [];
  for (const name of names) {
    const manifest = await fetchUncovered(name);
    if (!manifest) continue;
    rows.push({ name: manifest.name, license: manifest.license ?? 'UNKNOWN' });
  }
  return rows;
}
