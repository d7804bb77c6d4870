// case: a release-check CLI runs an async IIFE that calls three local read helpers defined in the file
// category: local-helpers
// why: readManifest and readChangelogHead read files and fetchLatest GETs the registry; each takes the
//      argv values and none uses another's result; the helpers only read and change nothing shared
import { readFile } from 'node:fs/promises';
import path from 'node:path';

type Manifest = { name: string; version: string };

async function readManifest(dir: string): Promise<Manifest> {
  return JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as Manifest;
}

async function fetchLatest(name: string): Promise<string | null> {
  const res = await fetch(`https://registry.npmjs.org/${encodeURIComponent(name)}/latest`);
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`registry answered ${res.status}`);
  return ((await res.json()) as { version: string }).version;
}

async function readChangelogHead(dir: string): Promise<string | undefined> {
  const text = await readFile(path.join(dir, 'CHANGELOG.md'), 'utf8');
  return text.split('\n## ')[1]?.split('\n')[0]?.trim();
}

(async () => {
  const [, , pkgDir = '.', pkgName] = process.argv;
  if (!pkgName) {
    console.error('usage: release-check <dir> <package-name>');
    process.exit(1);
  }
  const manifest = /*@A*/ await readManifest(pkgDir);
  const latest = /*@A*/ await fetchLatest(pkgName);
  const changelogHead = /*@A*/ await readChangelogHead(pkgDir);

  const problems: string[] = [];
  if (manifest.version === latest) problems.push(`version ${manifest.version} is already published`);
  if (changelogHead !== manifest.version) problems.push(`CHANGELOG starts at ${changelogHead ?? 'nothing'}`);
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  } else {
    console.log(`${pkgName}@${manifest.version} is ready (registry has ${latest ?? 'none'})`);
  }
})();
