// case: a monorepo CLI loads the root manifest, lockfile and workspace file with path and debug statements in between; a doctor command prints tool versions
// category: statements-between
// why: in loadWorkspace the three file reads use nothing of each other, and the statements between
//      them only build paths from `root` and log constant text: they can stay between, so the reads form
//      A. The glob needs the workspace file. In doctor, `env` is changed between `node --version` and
//      `pnpm --version`, and the pnpm call reads that object, so those two stay apart; `pnpm` and `git`
//      come after the change, read the same env and use nothing of each other (B).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import createDebug from 'debug';
import { execa } from 'execa';
import fg from 'fast-glob';
import { parse as parseYaml } from 'yaml';

const debug = createDebug('ws:load');

export async function loadWorkspace(root = process.cwd()) {
  const rootManifest = JSON.parse(/*@A*/ await readFile(path.join(root, 'package.json'), 'utf8'));
  const lockPath = path.join(root, 'pnpm-lock.yaml');
  debug('reading lockfile');
  const lockfile = parseYaml(/*@A*/ await readFile(lockPath, 'utf8'));
  const workspacePath = path.join(root, 'pnpm-workspace.yaml');
  const workspace = parseYaml(/*@A*/ await readFile(workspacePath, 'utf8'));

  const manifestPaths = await fg(
    workspace.packages.map((pattern) => `${pattern}/package.json`),
    { cwd: root, absolute: true, ignore: ['**/node_modules/**'] },
  );

  return {
    name: rootManifest.name,
    lockfileVersion: lockfile.lockfileVersion,
    packageDirs: manifestPaths.map((file) => path.dirname(file)),
  };
}

export async function doctor() {
  const env = { ...process.env, NO_UPDATE_NOTIFIER: '1' };
  const node = (await execa('node', ['--version'], { env })).stdout;
  env.COREPACK_ENABLE_DOWNLOAD_PROMPT = '0';
  const pnpm = (/*@B*/ await execa('pnpm', ['--version'], { env })).stdout;
  const git = (/*@B*/ await execa('git', ['--version'], { env })).stdout;
  return { node, pnpm, git: git.replace('git version ', '') };
}
