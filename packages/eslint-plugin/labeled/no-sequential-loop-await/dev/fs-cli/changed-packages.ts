// case: a release script finds the last commit touching each workspace package
// category: fs-cli
// why: `git log` only reads the repository; each package runs its own command and the hash is set
//      by package name, so the commands can run together
import { execa } from 'execa';

export async function lastCommits(packages: { name: string; dir: string }[]) {
  const commits = new Map<string, string>();
  /*@A*/ for (const pkg of packages) {
    const { stdout } = await execa('git', ['log', '-1', '--format=%H', '--', pkg.dir]);
    commits.set(pkg.name, stdout.trim());
  }
  return commits;
}
