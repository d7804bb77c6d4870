// case: a lockfile-less installer resolves each requested spec to a manifest with pacote
// category: http-clients
// why: the spec list exists before the loop; pacote.manifest only reads the registry (or its cache)
//      for the iteration's spec; the Map is only set, never read inside the loop
import pacote from 'pacote';

export interface Resolved {
  version: string;
  tarball: string;
  integrity?: string;
}

export async function resolveSpecs(specs: string[], registry: string, cache: string) {
  const resolved = new Map<string, Resolved>();

  /*@A*/ for (const spec of specs) {
    const manifest = await pacote.manifest(spec, { registry, cache, fullMetadata: false });
    resolved.set(spec, {
      version: manifest.version,
      tarball: manifest._resolved,
      integrity: manifest._integrity,
    });
  }

  for (const [spec, r] of resolved) {
    console.log(`${spec} -> ${r.version}`);
  }
  return resolved;
}
