// case: a GitHub Action hashes the lockfile, restores the pnpm store cache, installs inside a log group, and saves the cache on a miss
// category: fs-cli
// why: hashFiles gives the key restoreCache needs; restoreCache writes the store to disk and its
//      result decides the save; core.group runs the install and is awaited for its effect (an
//      ordered log group); saveCache is a write that must follow the install. No group.
import * as core from '@actions/core';
import * as cache from '@actions/cache';
import * as exec from '@actions/exec';
import * as glob from '@actions/glob';

async function run(): Promise<void> {
  const storePath = core.getInput('store-path') || `${process.env.HOME}/.local/share/pnpm/store`;
  const hash = await glob.hashFiles('**/pnpm-lock.yaml');
  const key = `pnpm-${process.platform}-${hash}`;

  const restoredKey = await cache.restoreCache([storePath], key, [`pnpm-${process.platform}-`]);
  core.setOutput('cache-hit', restoredKey === key);

  await core.group('Install dependencies', async () => {
    await exec.exec('pnpm', ['install', '--frozen-lockfile', '--store-dir', storePath]);
  });

  if (restoredKey !== key) {
    const cacheId = await cache.saveCache([storePath], key);
    core.info(`Saved pnpm store as cache ${cacheId}`);
  }
}

run().catch((error) => core.setFailed(error instanceof Error ? error.message : String(error)));
