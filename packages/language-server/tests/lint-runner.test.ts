import { afterAll, describe, expect, it } from 'vitest';

import { LintRunner } from '../src/lint-runner.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';

const SEQUENTIAL = `export async function load(id: string) {
  const user = await getUser(id);
  const posts = await getPosts(id);
  return { user, posts };
}
`;

const runner = new LintRunner();

afterAll(async () => {
  await runner.dispose();
});

describe('LintRunner', () => {
  it('runs lints one at a time, skips one whose text is stale when its turn comes, and says when each starts', async () => {
    const events: string[] = [];
    const hooks = (name: string, wanted = true) => ({
      stillWanted: () => {
        events.push(`${name} asked`);
        return wanted;
      },
      onStart: () => {
        events.push(`${name} started`);
      },
    });
    const first = runner.lint(SEQUENTIAL, 'typescript', 'file:///a.ts', DEFAULT_SETTINGS, hooks('first')).then(outcome => {
      events.push('first done');
      return outcome;
    });
    const stale = runner.lint(SEQUENTIAL, 'typescript', 'file:///a.ts', DEFAULT_SETTINGS, hooks('stale', false));
    const last = runner.lint(SEQUENTIAL, 'typescript', 'file:///a.ts', DEFAULT_SETTINGS, hooks('last'));
    const [firstOutcome, staleOutcome, lastOutcome] = await Promise.all([first, stale, last]);
    expect(firstOutcome.kind).toBe('linted');
    expect(staleOutcome).toEqual({ kind: 'superseded' });
    expect(lastOutcome.kind).toBe('linted');
    // each is asked only when the one before has finished; the stale one never starts
    expect(events).toEqual(['first asked', 'first started', 'first done', 'stale asked', 'last asked', 'last started']);
  });
});
