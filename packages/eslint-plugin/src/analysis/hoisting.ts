import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isFunctionNode, isWithin, pushChildren } from './ast.js';
import type { ArrowExpressionBody, GroupMember } from './types.js';

const EFFECT_NODE_TYPES = new Set<string>([
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.NewExpression,
  AST_NODE_TYPES.TaggedTemplateExpression,
  AST_NODE_TYPES.ImportExpression,
  AST_NODE_TYPES.AssignmentExpression,
  AST_NODE_TYPES.UpdateExpression,
  AST_NODE_TYPES.YieldExpression,
  AST_NODE_TYPES.AwaitExpression,
]);

/**
 * Hoisting members into one `Promise.all` runs their operands before the code of their statement
 * that came before them. That is safe only when that code runs nothing: no call, write, await or
 * yield outside the members' operands and the expressions that consume their values. A statement
 * with several members must also write nothing between them, so no member reads what a sibling's
 * code assigned. Code after the last member runs after the combined await either way.
 */
export function hasOnlyHoistableCodeBefore(
  statement: TSESTree.Statement | ArrowExpressionBody,
  members: readonly GroupMember[],
  visitorKeys: TSESLint.SourceCode.VisitorKeys,
  /** Where the code that moves starts: declarators before it run first as written. */
  from = 0,
): boolean {
  // `const pattern = await f()`, `target = await f()`, `await f()`: nothing but a simple target (and
  // pattern defaults, which run after the await) comes before the one await
  if (members.length === 1 && members[0]!.shape.kind !== 'nested') return true;
  const lastStart = Math.max(...members.map(member => member.await.range[0]));
  const root: TSESTree.Node = statement.type === 'ArrowExpressionBody' ? statement.expression : statement;
  const pending: TSESTree.Node[] = [root];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.range[1] <= from) continue;
    if (node.range[0] >= lastStart && !members.some(member => isWithin(member.await, node))) continue;
    if (members.some(member => member.await.argument === node)) continue;
    if (node !== root && isFunctionNode(node)) continue;
    if (node.type === AST_NODE_TYPES.ClassBody) continue;
    const containsMember = members.some(member => isWithin(member.await, node));
    if (EFFECT_NODE_TYPES.has(node.type) && !(node.type === AST_NODE_TYPES.AwaitExpression && members.some(member => member.await === node))) {
      const isWrite = node.type === AST_NODE_TYPES.AssignmentExpression || node.type === AST_NODE_TYPES.UpdateExpression;
      // a write that runs between two members could feed the later one; one that wraps them all runs last
      if (isWrite && members.length > 1 && !members.every(member => isWithin(member.await, node))) return false;
      if (!containsMember && node.range[1] <= lastStart) return false;
      if (node.type === AST_NODE_TYPES.YieldExpression && !containsMember) return false;
    }
    pushChildren(node, visitorKeys, pending);
  }
  return true;
}
