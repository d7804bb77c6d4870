import { describe, expect, it } from 'vitest';

import { compileCalleePatterns } from '../../src/analysis/callee-patterns.js';

describe('compileCalleePatterns', () => {
  it('matches exact paths', () => {
    const matches = compileCalleePatterns(['fetch', 'db.query']);
    expect(['fetch', 'db.query', 'db.queryAll', 'xfetch'].map(matches)).toEqual([true, true, false, false]);
  });

  it('lets * match within one segment, ** any number of segments, and | one of several names', () => {
    const one = compileCalleePatterns(['db.*']);
    const any = compileCalleePatterns(['db.**']);
    const either = compileCalleePatterns(['this.repo|api.*']);
    expect(['db.query', 'db.user.find'].map(one)).toEqual([true, false]);
    expect(['db.query', 'db.user.find'].map(any)).toEqual([true, true]);
    expect(['this.repo.save', 'this.api.get', 'repo.save'].map(either)).toEqual([true, true, false]);
  });

  it('treats regular-expression characters literally', () => {
    const matches = compileCalleePatterns(['$http.get', '(a+)+']);
    expect(['$http.get', 'xhttp.get', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'].map(matches)).toEqual([true, false, false]);
  });

  it('answers at once for globs that would make a regular expression backtrack', () => {
    const matches = compileCalleePatterns(['a*a*a*a*a*a*a*a*a*a*b']);
    expect(matches('a'.repeat(60))).toBe(false);
  });
});
