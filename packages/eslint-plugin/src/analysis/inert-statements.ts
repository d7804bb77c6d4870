import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isFunctionNode, pushChildren } from './ast.js';

const LOGGER_ROOTS = new Set(['console', 'logger', 'log']);

/**
 * Whether a statement may move above a combined await without changing what the code means:
 * it awaits nothing, assigns nothing that exists outside of it, and calls nothing but a logger.
 * `const limit = 10;`, `console.log('loading');`, `function helper() {}`, type declarations.
 * (Whether it reads a result of the group is the dependency analysis's question.)
 */
export function isInertStatement(statement: TSESTree.Statement, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  switch (statement.type) {
    case AST_NODE_TYPES.EmptyStatement:
    case AST_NODE_TYPES.FunctionDeclaration:
    case AST_NODE_TYPES.TSTypeAliasDeclaration:
    case AST_NODE_TYPES.TSInterfaceDeclaration:
    case AST_NODE_TYPES.TSDeclareFunction:
      return true;
    case AST_NODE_TYPES.VariableDeclaration:
      // `var` is hoisted: moving its initializer could change what an earlier read sees
      return (
        (statement.kind === 'const' || statement.kind === 'let') &&
        statement.declarations.every(declarator => declarator.init === null || isInertExpression(declarator.init, visitorKeys))
      );
    case AST_NODE_TYPES.ExpressionStatement:
      return statement.directive === undefined && isInertExpression(statement.expression, visitorKeys);
    default:
      return false;
  }
}

/** An expression that runs no code of its own besides logging: no calls, writes, awaits or yields. */
function isInertExpression(root: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  const pending: TSESTree.Node[] = [root];
  while (pending.length > 0) {
    const node = pending.pop()!;
    switch (node.type) {
      case AST_NODE_TYPES.AwaitExpression:
      case AST_NODE_TYPES.YieldExpression:
      case AST_NODE_TYPES.AssignmentExpression:
      case AST_NODE_TYPES.UpdateExpression:
      case AST_NODE_TYPES.NewExpression:
      case AST_NODE_TYPES.TaggedTemplateExpression:
      case AST_NODE_TYPES.ImportExpression:
      case AST_NODE_TYPES.ClassExpression:
        return false;
      case AST_NODE_TYPES.UnaryExpression:
        if (node.operator === 'delete') return false;
        break;
      case AST_NODE_TYPES.CallExpression:
        if (!isLoggerCall(node)) return false;
        pending.push(...node.arguments);
        continue;
      default:
        break;
    }
    if (isFunctionNode(node)) continue; // a function value runs nothing until called
    pushChildren(node, visitorKeys, pending);
  }
  return true;
}

/** `console.log(…)`, `logger.info(…)`, `log.debug(…)`. */
function isLoggerCall(call: TSESTree.CallExpression): boolean {
  const callee = call.callee;
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    !callee.computed &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    LOGGER_ROOTS.has(callee.object.name)
  );
}
