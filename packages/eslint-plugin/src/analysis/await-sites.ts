import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { isBehindOptionalLink, isFunctionNode, isTypeWrapper } from './ast.js';
import type { ArrowExpressionBody, MemberStatement, StatementListOwner, VirtualListOwner } from './types.js';

/** Where an await sits: the statement that owns it in its statement list, and how it is used. */
export interface AwaitSite {
  readonly await: TSESTree.AwaitExpression;
  /** The statement in a statement list (or arrow expression body) the await belongs to. */
  readonly home: TSESTree.Statement | ArrowExpressionBody;
  /**
   * The list `home` belongs to; for an arrow expression body, the arrow itself; for the braceless
   * body of an `if`, a loop or a label (`if (x) return { a: await f(), b: await g() }`), the
   * statement it is the body of.
   */
  readonly list: StatementListOwner | VirtualListOwner;
  /** Whether `home` is a kind of statement that can hold group members. */
  readonly homeCanHoldMembers: boolean;
  /** Whether the await runs only on some paths through `home` (`a && await b()`, `x ? await c() : d`). */
  readonly conditional: boolean;
  /** Whether the awaited value is dropped (`await f();`, `void await f()`). */
  readonly discarded: boolean;
  /** Whether the await is the whole expression of an expression statement (`await f();`). */
  readonly isExpressionStatement: boolean;
}

/**
 * Finds the home of an await by walking up to the nearest statement list; null outside of one.
 * `arrowBodies` keeps one home per arrow expression body, so its awaits share it.
 */
export function locateAwait(awaitNode: TSESTree.AwaitExpression, arrowBodies: Map<TSESTree.ArrowFunctionExpression, ArrowExpressionBody>): AwaitSite | null {
  let child: TSESTree.Node = awaitNode;
  let conditional = false;
  let discarded = false;
  let valueFlowsUp = true;
  let isExpressionStatement = false;
  for (let parent: TSESTree.Node | undefined = child.parent; parent; child = parent, parent = parent.parent) {
    if (isFunctionNode(parent)) {
      if (parent.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.expression && parent.body === child) {
        let home = arrowBodies.get(parent);
        if (!home) {
          home = { type: 'ArrowExpressionBody', arrow: parent, expression: parent.body, range: parent.body.range };
          arrowBodies.set(parent, home);
        }
        return {
          await: awaitNode,
          home,
          list: parent,
          homeCanHoldMembers: true,
          conditional,
          discarded,
          isExpressionStatement: false,
        };
      }
      return null;
    }
    if ((isStatementListOwner(parent) && isStatementOf(parent, child)) || isBracelessBody(parent, child)) {
      const home = child as TSESTree.Statement;
      return {
        await: awaitNode,
        home,
        list: parent as StatementListOwner | VirtualListOwner,
        homeCanHoldMembers: canHoldMembers(home, awaitNode),
        conditional,
        discarded,
        isExpressionStatement,
      };
    }
    if (isConditionalChild(parent, child)) conditional = true;
    if (valueFlowsUp) {
      if (isTypeWrapper(parent) || parent.type === AST_NODE_TYPES.ChainExpression) {
        // the value passes through unchanged
      } else if (parent.type === AST_NODE_TYPES.ExpressionStatement) {
        discarded = true;
        isExpressionStatement = !conditional;
        valueFlowsUp = false;
      } else if (
        (parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'void') ||
        (parent.type === AST_NODE_TYPES.SequenceExpression && parent.expressions.at(-1) !== child)
      ) {
        discarded = true;
        valueFlowsUp = false;
      } else {
        valueFlowsUp = false;
      }
    }
  }
  return null;
}

export function isStatementListOwner(node: TSESTree.Node): node is StatementListOwner {
  return (
    node.type === AST_NODE_TYPES.BlockStatement ||
    node.type === AST_NODE_TYPES.Program ||
    node.type === AST_NODE_TYPES.StaticBlock ||
    node.type === AST_NODE_TYPES.SwitchCase ||
    node.type === AST_NODE_TYPES.TSModuleBlock
  );
}

/** The statements of a list, in order. */
export function getListStatements(owner: StatementListOwner): readonly TSESTree.Statement[] {
  return owner.type === AST_NODE_TYPES.SwitchCase ? owner.consequent : owner.body;
}

function isStatementOf(owner: StatementListOwner, child: TSESTree.Node): boolean {
  // a SwitchCase's `test` is not one of its statements
  return owner.type !== AST_NODE_TYPES.SwitchCase || owner.test !== child;
}

/**
 * A statement that is the body of another one without braces around it: it runs as a list of one
 * statement, and a rewrite gives it braces.
 */
function isBracelessBody(parent: TSESTree.Node, child: TSESTree.Node): boolean {
  if (child.type === AST_NODE_TYPES.BlockStatement) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.IfStatement:
      return parent.consequent === child || parent.alternate === child;
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.LabeledStatement:
      return parent.body === child;
    default:
      return false;
  }
}

/**
 * Statements whose awaits can join groups: declarations, expression statements, `return`,
 * `throw`, and the part of `if`, `switch` and `for…of`/`for…in` that runs once before the rest
 * (`if ((await a()) !== (await b()))`, `switch (await kind())`, `for (const x of await list())`).
 */
export function canHoldMembers(statement: TSESTree.Statement, awaitNode: TSESTree.AwaitExpression): statement is Exclude<MemberStatement, ArrowExpressionBody> {
  switch (statement.type) {
    case AST_NODE_TYPES.ExpressionStatement:
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
      return true;
    case AST_NODE_TYPES.IfStatement:
      return isWithinNode(awaitNode, statement.test);
    case AST_NODE_TYPES.SwitchStatement:
      return isWithinNode(awaitNode, statement.discriminant);
    case AST_NODE_TYPES.ForOfStatement:
    case AST_NODE_TYPES.ForInStatement:
      return !(statement.type === AST_NODE_TYPES.ForOfStatement && statement.await) && isWithinNode(awaitNode, statement.right);
    case AST_NODE_TYPES.VariableDeclaration:
      return isPlainDeclaration(statement);
    case AST_NODE_TYPES.ExportNamedDeclaration:
      return statement.declaration?.type === AST_NODE_TYPES.VariableDeclaration && isPlainDeclaration(statement.declaration);
    default:
      return false;
  }
}

function isWithinNode(inner: TSESTree.Node, outer: TSESTree.Node): boolean {
  return inner.range[0] >= outer.range[0] && inner.range[1] <= outer.range[1];
}

/** `const`, `let`, `var`; not `using`/`await using`, which tie lifetimes to the block. */
function isPlainDeclaration(declaration: TSESTree.VariableDeclaration): boolean {
  return declaration.kind === 'const' || declaration.kind === 'let' || declaration.kind === 'var';
}

/** Whether `child` is evaluated only on some paths through `parent`. */
function isConditionalChild(parent: TSESTree.Node, child: TSESTree.Node): boolean {
  switch (parent.type) {
    case AST_NODE_TYPES.LogicalExpression:
      return parent.right === child;
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.test !== child;
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.right === child && (parent.operator === '&&=' || parent.operator === '||=' || parent.operator === '??=');
    case AST_NODE_TYPES.CallExpression:
      return parent.callee !== child && isBehindOptionalLink(parent);
    case AST_NODE_TYPES.MemberExpression:
      return parent.property === child && isBehindOptionalLink(parent);
    case AST_NODE_TYPES.AssignmentPattern:
      // default values run only when the value is undefined
      return parent.right === child;
    default:
      return false;
  }
}
