// case: for each package, a script finds the first registry mirror that has its tarball
// category: syntax-shapes
// why: the inner loop over mirrors breaks at the first hit (a search; not reported); the break ends only
//      the inner loop, so each outer iteration is an independent search for its own package (reported)
const MIRRORS = ['https://registry.npmjs.org', 'https://registry.npmmirror.com', 'https://npm.internal.example'];

export async function locateTarballs(packages: Array<{ name: string; version: string }>) {
  const found: Record<string, string | null> = {};
  /*@A*/ for (const { name, version } of packages) {
    found[name] = null;
    for (const mirror of MIRRORS) {
      const url = `${mirror}/${name}/-/${name.split('/').pop()}-${version}.tgz`;
      const res = await fetch(url, { method: 'HEAD' });
      if (res.ok) {
        found[name] = url;
        break;
      }
    }
  }
  return found;
}
