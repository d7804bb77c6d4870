// case: a publish script walks the workspace packages in dependency order and publishes those not yet on npm
// category: fs-cli
// why: negative. Each iteration ends in `pnpm publish`, a write to the registry, and the order is the
//      point: a package must be published after the packages it depends on. The `npm view` check only
//      decides whether that write happens
import { execa } from 'execa';
import { getPackages } from '@manypkg/get-packages';

type Pkg = { dir: string; packageJson: { name: string; version: string; private?: boolean; dependencies?: Record<string, string> } };

function topoSort(pkgs: Pkg[]): Pkg[] {
  const byName = new Map(pkgs.map((p) => [p.packageJson.name, p]));
  const out: Pkg[] = [];
  const visit = (p: Pkg, seen = new Set<string>()) => {
    if (out.includes(p) || seen.has(p.packageJson.name)) return;
    seen.add(p.packageJson.name);
    for (const dep of Object.keys(p.packageJson.dependencies ?? {})) {
      const d = byName.get(dep);
      if (d) visit(d, seen);
    }
    out.push(p);
  };
  pkgs.forEach((p) => visit(p));
  return out;
}

export async function publishAll(cwd: string) {
  const { packages } = await getPackages(cwd);
  const published: string[] = [];

  for (const pkg of topoSort(packages.filter((p) => !p.packageJson.private))) {
    const { name, version } = pkg.packageJson;
    const { stdout } = await execa('npm', ['view', `${name}@${version}`, 'version'], { reject: false });
    if (stdout.trim() === version) {
      console.log(`${name}@${version} already published`);
      continue;
    }
    await execa('pnpm', ['publish', '--access', 'public', '--no-git-checks'], { cwd: pkg.dir, stdio: 'inherit' });
    published.push(`${name}@${version}`);
  }

  return published;
}
