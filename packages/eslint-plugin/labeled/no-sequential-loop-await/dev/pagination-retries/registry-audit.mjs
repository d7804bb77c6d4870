// case: an audit script checks each dependency on the npm registry and notes the missing ones
// category: pagination-retries
// why: loop A is reported: a 404 looks like a bail-out, but it only records the name and uses
//      continue; every GET is a read for its own package and the results are pushed
const REGISTRY = 'https://registry.npmjs.org';

export async function auditDependencies(pkgJson) {
  const deps = Object.keys({ ...pkgJson.dependencies, ...pkgJson.devDependencies });
  const missing = [];
  const deprecated = [];

  /*@A*/ for (const name of deps) {
    const res = await fetch(`${REGISTRY}/${name.replace('/', '%2f')}`, {
      headers: { accept: 'application/vnd.npm.install-v1+json' },
    });
    if (res.status === 404) {
      missing.push(name);
      continue;
    }
    const meta = await res.json();
    const latest = meta.versions[meta['dist-tags'].latest];
    if (latest?.deprecated) deprecated.push({ name, message: latest.deprecated });
  }
  return { missing, deprecated };
}
