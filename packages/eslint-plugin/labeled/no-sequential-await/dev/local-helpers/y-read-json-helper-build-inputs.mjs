// case: a release script gathers package.json, turbo.json and the lockfile through a local readJson helper and a pure path helper
// category: local-helpers
// why: `readJson` only reads a file and parses it, `fromRoot` only joins paths and `pickEntryPoints` only
//      computes; the three awaits read three different files and none uses another's result, so they are
//      one group; the write of the summary is awaited for its effect after them
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

async function readJson(file) {
  const text = await readFile(file, 'utf8');
  return JSON.parse(text);
}

const fromRoot = (...parts) => path.join(process.cwd(), ...parts);

function pickEntryPoints(pkg) {
  if (typeof pkg.exports === 'string') return [pkg.exports];
  return Object.values(pkg.exports ?? {}).flatMap((entry) =>
    typeof entry === 'string' ? [entry] : Object.values(entry),
  );
}

export async function collectReleaseInputs(packageDir) {
  const pkg = /*@A*/ await readJson(fromRoot(packageDir, 'package.json'));
  const turbo = /*@A*/ await readJson(fromRoot('turbo.json'));
  const lockfile = /*@A*/ await readFile(fromRoot('pnpm-lock.yaml'), 'utf8');

  const summary = {
    name: pkg.name,
    version: pkg.version,
    entryPoints: pickEntryPoints(pkg),
    buildOutputs: turbo.tasks?.build?.outputs ?? [],
    lockfileBytes: Buffer.byteLength(lockfile),
  };
  await writeFile(fromRoot(packageDir, '.release-inputs.json'), JSON.stringify(summary, null, 2));
  return summary;
}
