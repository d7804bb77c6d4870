import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isFunctionNode, someOutsideFunctions } from './ast.js';

const LOGGERS = new Set(['console', 'logger', 'log', 'debug']);

/**
 * Whether a `catch` goes on after some failure: not every path through it throws, returns, or
 * hands the error to something but a logger (`next(err)`, `reject(err)` pass it on). A throw
 * under a condition (`if (error.status !== 404) throw error`) still lets the others through.
 */
export function swallows(handler: TSESTree.CatchClause, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  const param = handler.param?.type === AST_NODE_TYPES.Identifier ? handler.param.name : null;
  return !handler.body.body.some(statement => {
    if (statement.type === AST_NODE_TYPES.ThrowStatement || statement.type === AST_NODE_TYPES.ReturnStatement) return true;
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || param === null) return false;
    return someOutsideFunctions(statement.expression, visitorKeys, node => {
      if (
        node.type !== AST_NODE_TYPES.CallExpression ||
        !node.arguments.some(argument => argument.type === AST_NODE_TYPES.Identifier && argument.name === param)
      )
        return false;
      let root: TSESTree.Node = node.callee;
      while (root.type === AST_NODE_TYPES.MemberExpression) root = root.object;
      return !(root.type === AST_NODE_TYPES.Identifier && LOGGERS.has(root.name));
    });
  });
}

/**
 * The `try` block around `node` (up to its function) whose `catch` goes on after a failure, or
 * null: what `node` leaves behind before a failure survives it there.
 */
export function swallowingTryAround(node: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys): TSESTree.BlockStatement | null {
  return tryAround(node, handler => swallows(handler, visitorKeys));
}

/**
 * Whether a `catch` may end without throwing: it returns (`return next()`), goes on, or throws
 * only on some paths. After such a catch, what the `try` block did before the failure is seen.
 */
export function mayRecover(handler: TSESTree.CatchClause, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  const last = handler.body.body.at(-1);
  if (last?.type !== AST_NODE_TYPES.ThrowStatement) return true;
  return someOutsideFunctions(handler.body.body, visitorKeys, node => node.type === AST_NODE_TYPES.ReturnStatement);
}

/** The `try` block around `node` (up to its function) whose `catch` may recover (see {@link mayRecover}), or null. */
export function recoveringTryAround(node: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys): TSESTree.BlockStatement | null {
  return tryAround(node, handler => mayRecover(handler, visitorKeys));
}

/** The innermost `try` block around `node`, up to its function, whose `catch` is one `accepts` takes, or null. */
function tryAround(node: TSESTree.Node, accepts: (handler: TSESTree.CatchClause) => boolean): TSESTree.BlockStatement | null {
  for (
    let child: TSESTree.Node = node, parent: TSESTree.Node | undefined = node.parent;
    parent && !isFunctionNode(parent);
    child = parent, parent = parent.parent
  ) {
    if (parent.type === AST_NODE_TYPES.TryStatement && parent.block === child && parent.handler && accepts(parent.handler)) return parent.block;
  }
  return null;
}
