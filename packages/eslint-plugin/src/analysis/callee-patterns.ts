import { compilePathPattern, matchesPath } from './calls/path-patterns.js';

/**
 * `ignoreCallees` patterns, matched against a callee's dotted path (`this.api.get`, `fetch`):
 * `*` matches within one segment, `**` any number of segments, `a|b` one of several names. They
 * are matched without regular expressions (see `calls/path-patterns.ts`), so no pattern can take
 * more than (pattern length × path length) steps, whatever a settings file or a comment holds.
 */
export type CalleeMatcher = ((calleePath: string) => boolean) & { readonly isEmpty: boolean };

export function compileCalleePatterns(patterns: readonly string[]): CalleeMatcher {
  const compiled = patterns.map(pattern => compilePathPattern(pattern));
  return Object.assign(
    (calleePath: string) => {
      const segments = calleePath.split('.');
      return compiled.some(pattern => matchesPath(pattern, segments));
    },
    { isEmpty: compiled.length === 0 },
  );
}

/** What is wrong with a pattern, for the schema and the settings: a regular expression is not one. */
export const CALLEE_PATTERN_SCHEMA: { type: 'string'; minLength: number; maxLength: number; pattern: string } = {
  type: 'string',
  minLength: 1,
  maxLength: 200,
  // `/…/flags` was a regular expression in 0.1; it is refused so that no pattern can backtrack
  pattern: '^(?!/.*/[a-z]*$)[^\\s]+$',
};
