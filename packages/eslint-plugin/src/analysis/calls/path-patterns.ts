/**
 * Patterns over dotted call paths (`chat.completions.create`, `this.api.get`), matched without
 * regular expressions so that no pattern can take more than (pattern length × path length)
 * steps:
 *
 * - segments are separated by `.`;
 * - `**` is a whole segment that matches any number of segments, none included;
 * - `*` inside a segment matches any run of characters within that segment;
 * - `a|b|c` as a segment matches any one of its alternatives (each may hold `*`).
 *
 * Matching ignores case when the pattern was compiled with `ignoreCase`.
 */
export interface PathPattern {
  readonly source: string;
  /** Per segment: its alternatives, or null for `**`. */
  readonly segments: readonly (readonly string[] | null)[];
  readonly ignoreCase: boolean;
}

export function compilePathPattern(source: string, { ignoreCase = false } = {}): PathPattern {
  const segments = source.split('.').map(segment => (segment === '**' ? null : segment.split('|').map(part => (ignoreCase ? part.toLowerCase() : part))));
  return { source, segments, ignoreCase };
}

/** Whether `path` (segments of a dotted path) matches the pattern. */
export function matchesPath(pattern: PathPattern, path: readonly string[]): boolean {
  const names = pattern.ignoreCase ? path.map(name => name.toLowerCase()) : path;
  const { segments } = pattern;
  // reachable[j]: the first i pattern segments can match the first j path segments
  let reachable = new Array<boolean>(names.length + 1).fill(false);
  reachable[0] = true;
  for (const segment of segments) {
    const next = new Array<boolean>(names.length + 1).fill(false);
    if (segment === null) {
      let any = false;
      for (let j = 0; j <= names.length; j++) {
        any ||= reachable[j]!;
        next[j] = any;
      }
    } else {
      for (let j = 0; j < names.length; j++) {
        if (reachable[j] && segment.some(alternative => matchesWildcard(alternative, names[j]!))) next[j + 1] = true;
      }
    }
    reachable = next;
  }
  return reachable[names.length]!;
}

/** `*` matches any run of characters: the classic two-pointer match, linear in practice, quadratic at worst. */
export function matchesWildcard(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let starAt = -1;
  let resumeAt = 0;
  while (t < text.length) {
    if (p < pattern.length && pattern[p] === '*') {
      starAt = p++;
      resumeAt = t;
    } else if (p < pattern.length && pattern[p] === text[t]) {
      p++;
      t++;
    } else if (starAt !== -1) {
      p = starAt + 1;
      t = ++resumeAt;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}
