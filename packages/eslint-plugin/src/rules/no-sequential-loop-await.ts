import type { TSESTree } from '@typescript-eslint/utils';

import { findSequentialLoops } from '../analysis/find-sequential-loops.js';
import { planLoopRewrite } from '../rewrite/plan-loop-rewrite.js';
import { RewriteContext } from '../rewrite/plan-rewrite.js';
import { createRule } from '../util/create-rule.js';
import { sourceFactsOf } from './source-facts.js';
import { CALL_MODEL_DEFAULTS, CALL_MODEL_SCHEMA_PROPERTIES, convertedOnce, toCallModelOptions, type CallModelRuleOptions } from './call-model-options.js';

/** The call model's options, converted once per options object (see `convertedOnce`). */
const callModelOptionsOf = convertedOnce(toCallModelOptions);

export type Options = [CallModelRuleOptions];

export type MessageId = 'sequentialLoop' | 'runIterationsTogether';

export default createRule<Options, MessageId>({
  name: 'no-sequential-loop-await',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow loops that await independent work one iteration at a time',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      sequentialLoop: 'Each iteration waits for {{awaited}} before the next one starts; start them together with Promise.all.',
      runIterationsTogether: 'Start every iteration together with Promise.all (results keep their order)',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: { ...CALL_MODEL_SCHEMA_PROPERTIES },
      },
    ],
    defaultOptions: [{ ...CALL_MODEL_DEFAULTS }],
  },
  create(context, [options]) {
    const awaits: TSESTree.AwaitExpression[] = [];
    let hasLoop = false;
    return {
      AwaitExpression(node) {
        awaits.push(node);
      },
      'ForOfStatement, ForStatement, ForInStatement'() {
        hasLoop = true;
      },
      'Program:exit'() {
        if (!hasLoop || awaits.length === 0) return;
        const { sourceCode } = context;
        const loops = findSequentialLoops(sourceFactsOf(context, awaits), callModelOptionsOf(options as Required<Options[0]>));
        if (loops.length === 0) return;
        const rewrites = new RewriteContext(sourceCode, context.filename);
        for (const found of loops) {
          const plan = planLoopRewrite(found, rewrites);
          context.report({
            loc: { start: found.loop.loc.start, end: sourceCode.getTokenBefore(found.loop.body)!.loc.end },
            messageId: 'sequentialLoop',
            data: { awaited: found.awaited },
            suggest: plan ? [{ messageId: 'runIterationsTogether', fix: fixer => fixer.replaceTextRange(plan.range, plan.text) }] : [],
          });
        }
      },
    };
  },
});
