import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/** The whitespace a line starts with. */
export function getLineIndent(text: string, position: number): string {
  const lineStart = text.lastIndexOf('\n', position - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, position + 1))?.[0] ?? '';
}

/**
 * The file's indentation unit: a tab when the line indents with tabs, otherwise the smallest
 * positive indentation of any code line (JSDoc ` * ` lines aside), two spaces by default.
 */
export function detectIndentUnit(text: string, lineIndent: string): string {
  if (lineIndent.includes('\t')) return '\t';
  let smallest = Infinity;
  for (const match of text.matchAll(/^( +)(\S)/gm)) {
    if (match[2] === '*') continue;
    smallest = Math.min(smallest, match[1]!.length);
    if (smallest === 1) break;
  }
  return Number.isFinite(smallest) && smallest <= 8 && smallest > 1 ? ' '.repeat(smallest) : '  ';
}

/** Whether the code around ends statements with semicolons (judged by the statement given). */
export function usesSemicolons(sourceCode: Readonly<TSESLint.SourceCode>, statement: TSESTree.Node): boolean {
  return sourceCode.getLastToken(statement)?.value === ';';
}

/**
 * Moves a piece of code from one indentation to another: continuation lines that start with
 * `from` start with `to` instead. Code whose template literals span lines is left as it is,
 * since their whitespace is part of the string.
 */
export function reindent(code: string, from: string, to: string, hasMultilineTemplate: boolean): string {
  if (from === to || hasMultilineTemplate || !code.includes('\n')) return code;
  return code
    .split('\n')
    .map((line, index) => (index > 0 && line.startsWith(from) ? to + line.slice(from.length) : line))
    .join('\n');
}
