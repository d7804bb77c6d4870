// case: a GitHub Action reads the node version and hashes the lockfile, restores the pnpm store cache, installs and saves
// category: fs-cli
// why: getExecOutput of `node --version` and hashFiles read different things (group A); the cache key needs
//      both, restoreCache writes the store, install is awaited for its effect, and the save is conditional
import * as cache from '@actions/cache';
import * as core from '@actions/core';
import * as exec from '@actions/exec';
import * as glob from '@actions/glob';

async function run(): Promise<void> {
  const nodeVersion = (/*@A*/ await exec.getExecOutput('node', ['--version'], { silent: true })).stdout.trim();
  const lockHash = /*@A*/ await glob.hashFiles('**/pnpm-lock.yaml');

  const prefix = `pnpm-${process.platform}-${nodeVersion}-`;
  const key = `${prefix}${lockHash}`;
  const paths = [core.getInput('store-path') || '~/.local/share/pnpm/store'];

  const hit = await cache.restoreCache(paths, key, [prefix]);
  core.setOutput('cache-hit', String(hit === key));

  await exec.exec('pnpm', ['install', '--frozen-lockfile']);
  if (hit !== key) await cache.saveCache(paths, key);
}

run().catch((error) => core.setFailed(error instanceof Error ? error.message : String(error)));
