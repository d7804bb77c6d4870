import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { execa } from 'execa';

const run = promisify(execFile);

export async function refreshLockfile() {
  const { stdout } = await run('npm', ['install', '--package-lock-only', '--ignore-scripts'], { maxBuffer: 10 * 1024 * 1024 });
  return stdout;
}

export async function recordRelease(version: string) {
  await execa('git', ['add', 'package.json', 'package-lock.json', 'CHANGELOG.md']);
  await execa('git', ['commit', '--no-verify', '-m', `chore(release): v${version}`]);
  const { stdout } = await execa('git', ['rev-parse', '--short', 'HEAD']);
  return stdout.trim();
}

export async function listTouchedFiles() {
  const { stdout } = await execa('git', ['show', '--name-only', '--format=', 'HEAD']);
  return stdout.split('\n').filter(Boolean);
}
