/**
 * In the editor a document may not configure the linter: a `/* eslint rule: … *\/` comment could
 * set the rule's options or turn on any core rule (some take regular expressions), and a file is
 * not trusted the way a config file is. `eslint-disable` comments keep working: users rely on them.
 *
 * ESLint has no switch for "directives but no configuration" (`noInlineConfig` drops both), so the
 * linter sees a copy of the text in which each configuration comment's `eslint` reads `Eslint`:
 * no longer a directive (they are case-sensitive), with every offset and line unchanged. What the
 * rule copies from the text into a suggestion is put back with {@link InlineConfigFree.restore}.
 */

/** `/* eslint …` and `/* eslint-env …`: the directive word right after the opening, then a space or the end. */
const CONFIG_COMMENT = /\/\*(\s*)eslint(?:-env)?(?=\s|\*\/)/g;

export interface InlineConfigFree {
  /** The text the linter sees. */
  readonly text: string;
  /** How many configuration comments were neutralized. */
  readonly neutralized: number;
  /**
   * The replacement text of a fix on `range`, with every neutralized comment it copied put back;
   * null when a copy cannot be found whole (the fix is then not offered).
   */
  restore(fixText: string, range: readonly [number, number]): string | null;
}

export function withoutInlineConfig(text: string): InlineConfigFree {
  const comments: { start: number; end: number }[] = [];
  let neutral = '';
  let position = 0;
  for (const match of text.matchAll(CONFIG_COMMENT)) {
    const start = match.index;
    const close = text.indexOf('*/', start + 2);
    const end = close === -1 ? text.length : close + 2;
    const wordAt = start + 2 + match[1]!.length;
    neutral += `${text.slice(position, wordAt)}E`;
    position = wordAt + 1;
    comments.push({ start, end });
  }
  if (comments.length === 0) return { text, neutralized: 0, restore: fixText => fixText };
  neutral += text.slice(position);
  return {
    text: neutral,
    neutralized: comments.length,
    restore(fixText, [from, to]) {
      let restored = fixText;
      for (const comment of comments) {
        if (comment.end <= from || comment.start >= to) continue;
        // a fix that covers part of a comment would have to rebuild it: offer none
        if (comment.start < from || comment.end > to) return null;
        const changed = neutral.slice(comment.start, comment.end);
        const index = restored.indexOf(changed);
        if (index === -1) return null;
        restored = restored.slice(0, index) + text.slice(comment.start, comment.end) + restored.slice(index + changed.length);
      }
      return restored;
    },
  };
}
