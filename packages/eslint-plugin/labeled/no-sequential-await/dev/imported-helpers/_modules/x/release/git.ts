import { execa } from 'execa';

export async function git(...args: string[]) {
  const { stdout } = await execa('git', args, { cwd: process.cwd() });
  return stdout.trim();
}

export async function commitRelease(version: string) {
  await git('add', 'package.json');
  await git('commit', '-m', `chore(release): v${version}`);
  await git('tag', '-a', `v${version}`, '-m', `v${version}`);
  return git('rev-parse', 'HEAD');
}
