import { describe, expect, it } from 'vitest';

import { compileCalleePatterns } from '../../src/analysis/callee-patterns.js';

describe('compileCalleePatterns', () => {
  it('matches exact paths', () => {
    const matches = compileCalleePatterns(['fetch', 'db.query']);
    expect(['fetch', 'db.query', 'db.queryAll', 'xfetch'].map(matches)).toEqual([true, true, false, false]);
  });

  it('lets * match within one segment and ** across segments', () => {
    const one = compileCalleePatterns(['db.*']);
    const any = compileCalleePatterns(['db.**']);
    expect(['db.query', 'db.user.find'].map(one)).toEqual([true, false]);
    expect(['db.query', 'db.user.find'].map(any)).toEqual([true, true]);
  });

  it('reads /…/ as a regular expression', () => {
    const matches = compileCalleePatterns(['/^this\\.(repo|api)\\./']);
    expect(['this.repo.save', 'this.api.get', 'repo.save'].map(matches)).toEqual([true, true, false]);
  });

  it('treats regular-expression characters in globs literally', () => {
    const matches = compileCalleePatterns(['$http.get']);
    expect(['$http.get', 'xhttp.get'].map(matches)).toEqual([true, false]);
  });
});
