import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from 'eslint';

import { findSequentialAwaitGroups } from '../src/analysis/find-sequential-await-groups.js';
import { findSequentialLoops } from '../src/analysis/find-sequential-loops.js';
import { toCallModelOptions, type CallModelRuleOptions } from '../src/rules/call-model-options.js';
import noSequentialLoopAwait from '../src/rules/no-sequential-loop-await.js';
import { toAnalysisOptions } from '../src/rules/no-sequential-await.js';
import noSequentialAwait from '../src/rules/no-sequential-await.js';

/** How the scorer asks a rule what it reports: each report as the offsets of its marked nodes. */
export interface LabeledRule {
  /** The fewest marked nodes a labeled group has. */
  readonly minimumMembers: number;
  /** `filename`: where the case is on disk, so that its relative imports are read as for a user. */
  groups(sourceCode: SourceCode, filename: string): number[][];
}

const RULES: Record<string, LabeledRule> = {
  'no-sequential-await': {
    minimumMembers: 2,
    groups(sourceCode, filename) {
      const code = sourceCode as unknown as TSESLint.SourceCode;
      const awaits = nodesOfType<TSESTree.AwaitExpression>(code, 'AwaitExpression');
      const options = toAnalysisOptions(noSequentialAwait.meta.defaultOptions![0]);
      const groups = findSequentialAwaitGroups({ awaits, scopeManager: code.scopeManager!, visitorKeys: code.visitorKeys, text: code.text, filename }, options);
      return groups.map(group => group.members.map(member => member.await.range[0]));
    },
  },
  'no-sequential-loop-await': {
    minimumMembers: 1,
    groups(sourceCode, filename) {
      const code = sourceCode as unknown as TSESLint.SourceCode;
      const facts = {
        awaits: nodesOfType<TSESTree.AwaitExpression>(code, 'AwaitExpression'),
        scopeManager: code.scopeManager!,
        visitorKeys: code.visitorKeys,
        text: code.text,
        filename,
      };
      const options = toCallModelOptions(noSequentialLoopAwait.meta.defaultOptions![0] as Required<CallModelRuleOptions>);
      // a loop is marked on its `for` keyword; a labelled loop's label comes before that
      return findSequentialLoops(facts, options).map(found => [found.loop.range[0]]);
    },
  },
};

export function labeledGroupsOf(rule: string): LabeledRule | undefined {
  return RULES[rule];
}

/** Every node of a type, in source order, with `parent` set as ESLint sets it. */
function nodesOfType<T extends TSESTree.Node>(sourceCode: TSESLint.SourceCode, type: string): T[] {
  const found: T[] = [];
  const visit = (node: TSESTree.Node, parent: TSESTree.Node | undefined): void => {
    (node as { parent?: TSESTree.Node }).parent = parent;
    if ((node.type as string) === type) found.push(node as T);
    for (const key of sourceCode.visitorKeys[node.type] ?? []) {
      const value = (node as unknown as Record<string, unknown>)[key];
      for (const child of Array.isArray(value) ? value : [value]) {
        if (child && typeof child === 'object' && typeof (child as TSESTree.Node).type === 'string') visit(child as TSESTree.Node, node);
      }
    }
  };
  visit(sourceCode.ast, undefined);
  return found;
}
