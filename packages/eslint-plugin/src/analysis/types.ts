import type { TSESTree } from '@typescript-eslint/utils';

import type { CallModelOptions } from './shared-model.js';

/** The options the group analysis needs, already merged with their defaults. */
export interface AnalysisOptions extends CallModelOptions {
  /** Smallest number of awaits worth a report. */
  readonly minGroupSize: number;
  /** Whether `await f();` (result discarded) may join a group instead of ending it. */
  readonly groupDiscardedAwaits: boolean;
}

/** A statement list: what runs in order, one statement after another. */
export type StatementListOwner = TSESTree.BlockStatement | TSESTree.Program | TSESTree.StaticBlock | TSESTree.SwitchCase | TSESTree.TSModuleBlock;

/** A statement that runs a braceless statement as its body: a list of one, for the analysis. */
export type VirtualListOwner =
  | TSESTree.ArrowFunctionExpression
  | TSESTree.IfStatement
  | TSESTree.ForStatement
  | TSESTree.ForInStatement
  | TSESTree.ForOfStatement
  | TSESTree.WhileStatement
  | TSESTree.DoWhileStatement
  | TSESTree.LabeledStatement;

/**
 * A statement that can hold group members. `ArrowExpressionBody` stands for the expression body
 * of an arrow function, which behaves like a one-statement list ending in `return`.
 */
export type MemberStatement =
  | TSESTree.ExportNamedDeclaration
  | TSESTree.ExpressionStatement
  | TSESTree.ReturnStatement
  | TSESTree.ThrowStatement
  | TSESTree.IfStatement
  | TSESTree.SwitchStatement
  | TSESTree.ForOfStatement
  | TSESTree.ForInStatement
  | TSESTree.VariableDeclaration
  | ArrowExpressionBody;

export interface ArrowExpressionBody {
  readonly type: 'ArrowExpressionBody';
  readonly arrow: TSESTree.ArrowFunctionExpression;
  readonly expression: TSESTree.Expression;
  readonly range: TSESTree.Range;
}

/** How a member's awaited value reaches the code around it. */
export type MemberShape =
  /** `const a = await f();`: the await is a declarator's whole initializer. */
  | { readonly kind: 'declare'; readonly declarator: TSESTree.VariableDeclarator }
  /** `a = await f();` / `this.a = await f();`: the await is the whole right side. */
  | { readonly kind: 'assign'; readonly assignment: TSESTree.AssignmentExpression }
  /** `await f();`: the result is dropped. */
  | { readonly kind: 'discard' }
  /** Anything else: the await sits inside a larger expression and is hoisted out. */
  | { readonly kind: 'nested' };

/** One awaited operand that joins a group. */
export interface GroupMember {
  readonly await: TSESTree.AwaitExpression;
  readonly statement: MemberStatement;
  readonly shape: MemberShape;
}

/** Awaits that run one after another, do not depend on each other, and can run together. */
export interface SequentialAwaitGroup {
  readonly members: readonly GroupMember[];
  /** The statements the group spans, in order; members' statements and the inert ones between. */
  readonly statements: readonly (TSESTree.Statement | ArrowExpressionBody)[];
  /** Statements between members that the rewrite moves above the combined await. */
  readonly inertStatements: ReadonlySet<TSESTree.Node | ArrowExpressionBody>;
}
