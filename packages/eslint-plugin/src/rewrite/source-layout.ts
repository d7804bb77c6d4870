import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isFunctionNode, pushChildren } from '../analysis/ast.js';

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

/**
 * Whether a piece of code holds a template literal that spans lines (its whitespace is part of a
 * string, so it must not be reindented). Walks only the node itself.
 */
export function hasMultilineTemplate(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): boolean {
  const text = sourceCode.text;
  if (!text.slice(...node.range).includes('`')) return false;
  const pending: TSESTree.Node[] = [node];
  while (pending.length > 0) {
    const current = pending.pop()!;
    if (current.type === AST_NODE_TYPES.TemplateLiteral && text.slice(...current.range).includes('\n')) {
      if (current.quasis.some(quasi => text.slice(...quasi.range).includes('\n'))) return true;
    }
    if (current !== node && isFunctionNode(current) && !text.slice(...current.range).includes('`')) continue;
    pushChildren(current, sourceCode.visitorKeys, pending);
  }
  return false;
}

/** The range of a node with all the parentheses that wrap it. */
export function outermostParenthesized(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): TSESTree.Range {
  let levels = 0;
  while (ASTUtils.isParenthesized(levels + 1, node, sourceCode)) levels++;
  if (levels === 0) return node.range;
  let before: TSESTree.Token | TSESTree.Node = node;
  let after: TSESTree.Token | TSESTree.Node = node;
  for (let level = 0; level < levels; level++) {
    before = sourceCode.getTokenBefore(before)!;
    after = sourceCode.getTokenAfter(after)!;
  }
  return [before.range[0], after.range[1]];
}

/** The text of `range` with replacements applied (none overlapping). */
export function applyReplacements(text: string, range: TSESTree.Range, replacements: readonly { range: TSESTree.Range; text: string }[]): string {
  let result = '';
  let position = range[0];
  for (const replacement of [...replacements].sort((a, b) => a.range[0] - b.range[0])) {
    result += text.slice(position, replacement.range[0]) + replacement.text;
    position = replacement.range[1];
  }
  return result + text.slice(position, range[1]);
}

/**
 * `[a, b] = …` after a statement that does not end in `;` would continue that statement
 * (`foo()\n[a, b] = …` reads as `foo()[a, b] = …`), so the pattern needs a leading `;`.
 */
export function needsAsiGuard(sourceCode: Readonly<TSESLint.SourceCode>, first: TSESTree.Node): boolean {
  const previous = sourceCode.getTokenBefore(first);
  if (!previous) return false;
  if (previous.value === ';' || previous.value === '{' || previous.value === ':') return false;
  if (previous.value === '}') {
    const node = sourceCode.getNodeByRangeIndex(previous.range[0]);
    return node !== null && !isBlockLike(node);
  }
  return true;
}

function isBlockLike(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.BlockStatement ||
    node.type === AST_NODE_TYPES.ClassBody ||
    node.type === AST_NODE_TYPES.SwitchStatement ||
    node.type === AST_NODE_TYPES.StaticBlock ||
    node.type === AST_NODE_TYPES.TSInterfaceBody ||
    node.type === AST_NODE_TYPES.TSModuleBlock
  );
}

/** The statement or declaration a node belongs to. */
export function enclosingStatement(node: TSESTree.Node): TSESTree.Node {
  let current: TSESTree.Node = node;
  while (current.parent && !/Statement$|Declaration$/.test(current.type)) current = current.parent;
  return current;
}
