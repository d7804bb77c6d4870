import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { parseForESLint } from '@typescript-eslint/parser';

/** Parses TypeScript the way ESLint would for the rule: parents set, scopes, awaits and `this` collected. */
export interface Parsed {
  readonly ast: TSESTree.Program;
  readonly scopeManager: TSESLint.Scope.ScopeManager;
  readonly awaits: TSESTree.AwaitExpression[];
  readonly functions: TSESTree.FunctionLike[];
  readonly visitorKeys: TSESLint.SourceCode.VisitorKeys;
  readonly text: string;
}

export function parse(code: string): Parsed {
  const { ast, scopeManager, visitorKeys } = parseForESLint(code, { range: true, loc: true, sourceType: 'module', ecmaVersion: 'latest' });
  const awaits: TSESTree.AwaitExpression[] = [];
  const functions: TSESTree.FunctionLike[] = [];
  const visit = (node: TSESTree.Node, parent: TSESTree.Node | undefined): void => {
    (node as { parent?: TSESTree.Node }).parent = parent;
    if (node.type === AST_NODE_TYPES.AwaitExpression) awaits.push(node);
    if (/Function/.test(node.type)) functions.push(node as TSESTree.FunctionLike);
    for (const [key, value] of Object.entries(node)) {
      if (key === 'parent') continue;
      for (const child of Array.isArray(value) ? value : [value]) {
        if (isNode(child)) visit(child, node);
      }
    }
  };
  visit(ast, undefined);
  awaits.sort((a, b) => a.range[0] - b.range[0]);
  return { ast: ast, scopeManager: scopeManager, awaits, functions, visitorKeys: visitorKeys as TSESLint.SourceCode.VisitorKeys, text: code };
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
