import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

/** Expression wrappers that only add type information: they run nothing of their own. */
export function isTypeWrapper(
  node: TSESTree.Node,
): node is
  TSESTree.TSAsExpression | TSESTree.TSNonNullExpression | TSESTree.TSSatisfiesExpression | TSESTree.TSTypeAssertion | TSESTree.TSInstantiationExpression {
  return (
    node.type === AST_NODE_TYPES.TSAsExpression ||
    node.type === AST_NODE_TYPES.TSNonNullExpression ||
    node.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    node.type === AST_NODE_TYPES.TSTypeAssertion ||
    node.type === AST_NODE_TYPES.TSInstantiationExpression
  );
}

/** The outermost type-only wrapper around `node` (`x as T`, `x!`), or `node`: what its parent holds. */
export function outsideTypeWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && isTypeWrapper(current.parent)) current = current.parent;
  return current;
}

/** The same, optional-chain boundaries included (`a?.b` as the expression around it sees it). */
export function outsideWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && (isTypeWrapper(current.parent) || current.parent.type === AST_NODE_TYPES.ChainExpression)) current = current.parent;
  return current;
}

/** The expression under type-only wrappers and optional-chain boundaries. */
export function skipTypeWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (isTypeWrapper(current) || current.type === AST_NODE_TYPES.ChainExpression) {
    current = current.expression;
  }
  return current;
}

export function isFunctionNode(node: TSESTree.Node): node is TSESTree.FunctionLike {
  return (
    node.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.TSDeclareFunction ||
    node.type === AST_NODE_TYPES.TSEmptyBodyFunctionExpression
  );
}

/** Whether `inner` lies within `outer` (ranges, inclusive). */
export function isWithin(inner: { range: TSESTree.Range }, outer: { range: TSESTree.Range }): boolean {
  return inner.range[0] >= outer.range[0] && inner.range[1] <= outer.range[1];
}

/** The static name of a member's property (`a.b`, `a['b']`), or null when it is computed. */
export function getStaticPropertyName(member: TSESTree.MemberExpression): string | null {
  if (!member.computed) {
    return member.property.type === AST_NODE_TYPES.Identifier || member.property.type === AST_NODE_TYPES.PrivateIdentifier ? member.property.name : null;
  }
  if (member.property.type === AST_NODE_TYPES.Literal && typeof member.property.value === 'string') {
    return member.property.value;
  }
  return null;
}

/**
 * Whether the arguments of a call (or the computed key of a member) are evaluated only when an
 * optional link in its chain (`a?.b.c(x)`) did not short-circuit.
 */
export function isBehindOptionalLink(node: TSESTree.CallExpression | TSESTree.MemberExpression): boolean {
  let current: TSESTree.Node = node;
  for (;;) {
    if (current.type === AST_NODE_TYPES.CallExpression) {
      if (current.optional) return true;
      current = current.callee;
    } else if (current.type === AST_NODE_TYPES.MemberExpression) {
      if (current.optional) return true;
      current = current.object;
    } else if (isTypeWrapper(current)) {
      current = current.expression;
    } else {
      return false;
    }
  }
}

/** Pushes the value children of a node (type annotations aside) onto `pending`. */
export function pushChildren(node: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys, pending: TSESTree.Node[]): void {
  for (const key of visitorKeys[node.type] ?? []) {
    if (key === 'typeAnnotation' || key === 'typeArguments' || key === 'typeParameters' || key === 'returnType') continue;
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const item of value) if (item) pending.push(item as TSESTree.Node);
    } else if (value) {
      pending.push(value as TSESTree.Node);
    }
  }
}

/**
 * Whether a node of `roots` or below them, outside nested functions (they run only when called),
 * matches. A function node is neither matched nor entered.
 */
export function someOutsideFunctions(
  roots: TSESTree.Node | readonly TSESTree.Node[],
  visitorKeys: TSESLint.SourceCode.VisitorKeys,
  matches: (node: TSESTree.Node) => boolean,
): boolean {
  const pending: TSESTree.Node[] = Array.isArray(roots) ? [...(roots as readonly TSESTree.Node[])] : [roots as TSESTree.Node];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (isFunctionNode(node)) continue;
    if (matches(node)) return true;
    pushChildren(node, visitorKeys, pending);
  }
  return false;
}

/** The variable a name refers to, by the scopes around it (the innermost first); null for an undeclared global. */
export function resolveVariable(identifier: TSESTree.Identifier, scopeManager: TSESLint.Scope.ScopeManager): TSESLint.Scope.Variable | null {
  for (let scope: TSESLint.Scope.Scope | null = innermostScope(identifier, scopeManager); scope; scope = scope.upper) {
    const variable = scope.set.get(identifier.name);
    if (variable) return variable;
  }
  return null;
}

function innermostScope(node: TSESTree.Node, scopeManager: TSESLint.Scope.ScopeManager): TSESLint.Scope.Scope | null {
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
    const scope = scopeManager.acquire(current, true);
    if (scope) return scope;
  }
  return scopeManager.globalScope;
}

/** `Promise.all(…)`, `Promise.allSettled(…)`, `Promise.any(…)`, `Promise.race(…)`: a call that waits for the promises it is handed. */
export function isPromiseCombinator(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.MemberExpression &&
    node.callee.object.type === AST_NODE_TYPES.Identifier &&
    node.callee.object.name === 'Promise'
  );
}

/** Whether a node is a loop statement of any kind: its body may run again after it waited. */
export function isLoop(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.ForStatement ||
    node.type === AST_NODE_TYPES.ForInStatement ||
    node.type === AST_NODE_TYPES.ForOfStatement ||
    node.type === AST_NODE_TYPES.WhileStatement ||
    node.type === AST_NODE_TYPES.DoWhileStatement
  );
}
