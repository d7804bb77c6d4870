import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { AwaitSite } from './await-sites.js';
import type { ArrowExpressionBody, MemberShape } from './types.js';

/** How the awaited value of a member reaches its statement: declared, assigned, dropped, or nested in an expression. */
export function getShape(site: AwaitSite, statement: TSESTree.Statement | ArrowExpressionBody): MemberShape {
  if (site.isExpressionStatement) return { kind: 'discard' };
  const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
  if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
    const declarator = declaration.declarations.find(candidate => candidate.init === site.await);
    if (declarator && !declarator.definite) return { kind: 'declare', declarator };
  }
  if (statement.type === AST_NODE_TYPES.ExpressionStatement) {
    const expression = statement.expression;
    if (
      expression.type === AST_NODE_TYPES.AssignmentExpression &&
      expression.operator === '=' &&
      expression.right === site.await &&
      isSimpleTarget(expression.left)
    ) {
      return { kind: 'assign', assignment: expression };
    }
  }
  return { kind: 'nested' };
}

/** An assignment target whose evaluation runs nothing: `x`, `this.a.b`, `obj[k]`, `[a, b]`, `{ a }`. */
function isSimpleTarget(target: TSESTree.Node): boolean {
  switch (target.type) {
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.ArrayPattern:
    case AST_NODE_TYPES.ObjectPattern:
      return true;
    case AST_NODE_TYPES.MemberExpression:
      return (
        (!target.computed || target.property.type === AST_NODE_TYPES.Literal || target.property.type === AST_NODE_TYPES.Identifier) &&
        (target.object.type === AST_NODE_TYPES.ThisExpression || isSimpleTarget(target.object))
      );
    default:
      return false;
  }
}

/**
 * The declarators of a member's declaration that come before its first member: they run before
 * any member's work in the code as written, so the rewrite declares them first.
 */
export function leadingDeclarators(statement: TSESTree.Node, firstMember: TSESTree.AwaitExpression): TSESTree.VariableDeclarator[] {
  const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
  if (declaration?.type !== AST_NODE_TYPES.VariableDeclaration) return [];
  const leading: TSESTree.VariableDeclarator[] = [];
  for (const declarator of declaration.declarations) {
    if (declarator.range[1] > firstMember.range[0]) break;
    leading.push(declarator);
  }
  return leading;
}
