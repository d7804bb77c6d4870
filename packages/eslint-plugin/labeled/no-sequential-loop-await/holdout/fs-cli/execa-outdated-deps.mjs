// case: a maintenance script asks npm for the latest version of every dependency in package.json
// category: fs-cli
// why: `npm view` only reads the registry; the loop goes over Object.entries of the parsed manifest and
//      each iteration pushes its own row, so the processes could run together
import { readFile } from 'node:fs/promises';
import { execa } from 'execa';
import semver from 'semver';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const outdated = [];

/*@A*/ for (const [name, range] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
  if (range.startsWith('workspace:')) continue;
  const { stdout } = await execa('npm', ['view', name, 'version', '--json']);
  const latest = JSON.parse(stdout);
  if (!semver.satisfies(latest, range)) outdated.push({ name, range, latest });
}

console.table(outdated);
