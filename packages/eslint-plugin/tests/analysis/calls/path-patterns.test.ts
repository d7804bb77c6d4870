import { describe, expect, it } from 'vitest';

import { compilePathPattern, matchesPath, matchesWildcard } from '../../../src/analysis/calls/path-patterns.js';

const matches = (pattern: string, path: string, ignoreCase = false): boolean => matchesPath(compilePathPattern(pattern, { ignoreCase }), path.split('.'));

describe('path patterns', () => {
  it.each([
    ['chat.completions.create', 'chat.completions.create', true],
    ['chat.completions.create', 'chat.completions', false],
    ['**.retrieve', 'retrieve', true],
    ['**.retrieve', 'customers.retrieve', true],
    ['**.retrieve', 'customers.retrieve.more', false],
    ['selectFrom.**', 'selectFrom', true],
    ['selectFrom.**', 'selectFrom.selectAll.execute', true],
    ['**.insert|update.**', 'where.update.returning', true],
    ['*.findMany|count', 'user.count', true],
    ['*.findMany|count', 'count', false],
    ['get*', 'getUser', true],
    ['get*', 'forget', false],
  ])('%s against %s: %s', (pattern, path, expected) => {
    expect(matches(pattern, path)).toBe(expected);
  });

  it('ignores case when asked', () => {
    expect(matches('hgetall', 'hGetAll', true)).toBe(true);
    expect(matches('hgetall', 'hGetAll')).toBe(false);
  });

  it('answers for patterns that make a backtracking matcher run for ever', () => {
    // `^(.*a){10}.*b$` over 5,000 letters would not return within the test's time limit
    const text = 'a'.repeat(5000);
    expect(matchesWildcard('*a*a*a*a*a*a*a*a*a*a*b', text)).toBe(false);
    expect(matchesWildcard('*a*a*a*a*a*a*a*a*a*a*', text)).toBe(true);
    expect(matchesPath(compilePathPattern('**.**.**.**.**.**.b'), text.split(''))).toBe(false);
  });
});
