import type { TSESTree } from '@typescript-eslint/utils';

import { findSequentialAwaitGroups } from '../analysis/find-sequential-await-groups.js';
import type { AnalysisOptions } from '../analysis/types.js';
import { planRewrite, RewriteContext } from '../rewrite/plan-rewrite.js';
import { CALL_MODEL_DEFAULTS, CALL_MODEL_SCHEMA_PROPERTIES, convertedOnce, toCallModelOptions, type CallModelRuleOptions } from './call-model-options.js';
import { createRule } from '../util/create-rule.js';
import { sourceFactsOf } from './source-facts.js';

export type Options = [
  CallModelRuleOptions & {
    minGroupSize?: number;
    groupDiscardedAwaits?: boolean;
  },
];

export type MessageId = 'combineWithPromiseAll' | 'sequentialAwaits';

/** The rule's options, merged with `meta.defaultOptions` by ESLint, as the analysis takes them. */
export function toAnalysisOptions(options: Options[0]): AnalysisOptions {
  const merged = options as Required<Options[0]>;
  return { ...toCallModelOptions(merged), minGroupSize: merged.minGroupSize, groupDiscardedAwaits: merged.groupDiscardedAwaits };
}

/** `toAnalysisOptions`, once per options object: ESLint hands every file the same one when the rule is configured by severity alone. */
const analysisOptionsOf = convertedOnce(toAnalysisOptions);

export default createRule<Options, MessageId>({
  name: 'no-sequential-await',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow independent awaits that run one after another instead of together',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      sequentialAwaits: '{{count}} independent awaits run one after another; start them together with Promise.all.',
      combineWithPromiseAll: 'Run these {{count}} awaits concurrently with Promise.all',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          minGroupSize: {
            type: 'integer',
            minimum: 2,
            description: 'Smallest number of independent awaits in a row worth a report.',
          },
          ...CALL_MODEL_SCHEMA_PROPERTIES,
          groupDiscardedAwaits: {
            type: 'boolean',
            description:
              'Let awaits whose result is discarded (`await warmCache();`) join groups as holes instead of ending them. What their calls do still applies.',
          },
        },
      },
    ],
    defaultOptions: [{ minGroupSize: 2, ...CALL_MODEL_DEFAULTS, groupDiscardedAwaits: false }],
  },
  create(context, [options]) {
    const awaits: TSESTree.AwaitExpression[] = [];
    return {
      AwaitExpression(node) {
        awaits.push(node);
      },
      'Program:exit'() {
        if (awaits.length < 2) return;
        const { sourceCode } = context;
        const groups = findSequentialAwaitGroups(sourceFactsOf(context, awaits), analysisOptionsOf(options));
        if (groups.length === 0) return;
        const rewrites = new RewriteContext(sourceCode, context.filename);
        for (const group of groups) {
          const count = String(group.members.length);
          const plan = planRewrite(group, rewrites);
          context.report({
            node: group.members[0]!.await,
            messageId: 'sequentialAwaits',
            data: { count },
            suggest: plan ? [{ messageId: 'combineWithPromiseAll', data: { count }, fix: fixer => fixer.replaceTextRange(plan.range, plan.text) }] : [],
          });
        }
      },
    };
  },
});
