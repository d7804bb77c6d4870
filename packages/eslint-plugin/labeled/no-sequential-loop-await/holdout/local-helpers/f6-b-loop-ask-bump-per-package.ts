// case: a release CLI asks, through a local helper, which bump each changed package gets
// category: local-helpers
// why: negative. askBump wraps an @inquirer/prompts select: one prompt per package on one terminal,
//      answered one after another, so the iterations cannot start together
import { select } from '@inquirer/prompts';
import semver from 'semver';

type Bump = 'patch' | 'minor' | 'major' | 'skip';

async function askBump(name: string, current: string): Promise<Bump> {
  return select<Bump>({
    message: `${name} (${current})`,
    choices: [
      { name: `patch  ${semver.inc(current, 'patch')}`, value: 'patch' },
      { name: `minor  ${semver.inc(current, 'minor')}`, value: 'minor' },
      { name: `major  ${semver.inc(current, 'major')}`, value: 'major' },
      { name: 'skip', value: 'skip' },
    ],
  });
}

export async function chooseBumps(changed: { name: string; version: string }[]) {
  const plan = new Map<string, string>();

  for (const pkg of changed) {
    const bump = await askBump(pkg.name, pkg.version);
    if (bump === 'skip') continue;
    plan.set(pkg.name, semver.inc(pkg.version, bump)!);
  }

  return plan;
}
