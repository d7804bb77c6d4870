/**
 * `ignoreCallees` patterns, matched against a callee's dotted path (`this.api.get`, `fetch`):
 * `*` matches within one segment, `**` across segments, and a pattern written `/…/flags` is a
 * regular expression tested against the path.
 */
export type CalleeMatcher = ((calleePath: string) => boolean) & { readonly isEmpty: boolean };

export function compileCalleePatterns(patterns: readonly string[]): CalleeMatcher {
  const regexps = patterns.map(compilePattern);
  return Object.assign((calleePath: string) => regexps.some(regexp => regexp.test(calleePath)), { isEmpty: regexps.length === 0 });
}

function compilePattern(pattern: string): RegExp {
  const literal = /^\/(.+)\/([a-z]*)$/.exec(pattern);
  if (literal) return new RegExp(literal[1] ?? '', literal[2]);
  const source = pattern
    .split('**')
    .map(part =>
      part
        .split('*')
        .map(text => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^.]*'),
    )
    .join('.*');
  return new RegExp(`^${source}$`);
}
