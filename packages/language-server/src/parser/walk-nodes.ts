/** A walk over every node of an ESTree AST, for the passes that complete oxc-parser's AST. */

export interface AstNode {
  readonly type: string;
  readonly range: [number, number];
  readonly [key: string]: unknown;
}

export type VisitorKeys = Readonly<Record<string, readonly string[] | undefined>>;

/**
 * Calls `visit` on every node below `root`, found through `visitorKeys` and, for a type the keys
 * do not know, through every property: no node is left without what the passes add.
 */
export function walkNodes(root: AstNode, visitorKeys: VisitorKeys, visit: (node: AstNode) => void): void {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) pending.push(item);
      continue;
    }
    const node = value as AstNode;
    if (typeof node.type !== 'string' || !Array.isArray(node.range)) continue;
    visit(node);
    const keys = visitorKeys[node.type] ?? Object.keys(node);
    for (const key of keys) {
      if (key === 'parent' || key === 'loc' || key === 'range') continue;
      const child = node[key];
      if (child !== null && typeof child === 'object') pending.push(child);
    }
  }
}
