import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from 'eslint';

import { findSequentialAwaitGroups } from '../src/analysis/find-sequential-await-groups.js';
import { toAnalysisOptions } from '../src/rules/no-sequential-await.js';
import noSequentialAwait from '../src/rules/no-sequential-await.js';

/** How the scorer asks a rule what it reports: each report as the offsets of its marked nodes. */
export interface LabeledRule {
  /** The fewest marked nodes a labeled group has. */
  readonly minimumMembers: number;
  groups(sourceCode: SourceCode): number[][];
}

const RULES: Record<string, LabeledRule> = {
  'no-sequential-await': {
    minimumMembers: 2,
    groups(sourceCode) {
      const code = sourceCode as unknown as TSESLint.SourceCode;
      const awaits = nodesOfType<TSESTree.AwaitExpression>(code, 'AwaitExpression');
      const options = toAnalysisOptions(noSequentialAwait.meta.defaultOptions![0]);
      const groups = findSequentialAwaitGroups(
        { awaits, scopeManager: code.scopeManager!, visitorKeys: code.visitorKeys, text: code.text },
        options,
      );
      return groups.map(group => group.members.map(member => member.await.range[0]));
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
    if (node.type === type) found.push(node as T);
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
