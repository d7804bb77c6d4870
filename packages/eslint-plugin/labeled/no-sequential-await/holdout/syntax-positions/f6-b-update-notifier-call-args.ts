// case: an update notifier compares the installed CLI version with the registry's latest inside an if test
// category: syntax-positions
// why: the two awaits are the arguments of semver.lt in an if test, evaluated left to right; one reads
//      the CLI's own package.json, the other GETs the registry's latest manifest, and neither helper
//      takes the other's result: group A. Inside each helper the second await needs the first
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import pc from 'picocolors';

async function installedVersion(): Promise<string> {
  const file = fileURLToPath(new URL('../package.json', import.meta.url));
  const pkg = JSON.parse(await readFile(file, 'utf8')) as { version: string };
  return pkg.version;
}

async function latestVersion(name: string): Promise<string> {
  const res = await fetch(`https://registry.npmjs.org/${name}/latest`, {
    signal: AbortSignal.timeout(1500),
  });
  const body = (await res.json()) as { version: string };
  return body.version;
}

export async function notifyIfOutdated(name: string) {
  if (process.env.CI || !process.stdout.isTTY) return;
  try {
    if (semver.lt(/*@A*/ await installedVersion(), /*@A*/ await latestVersion(name))) {
      console.error(pc.yellow(`A newer ${name} is available: run ${pc.bold(`npm i -g ${name}`)}`));
    }
  } catch {
    // offline or registry down: stay quiet
  }
}
