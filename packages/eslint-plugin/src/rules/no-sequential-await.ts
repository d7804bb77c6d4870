import type { TSESTree } from '@typescript-eslint/utils';

import { findSequentialAwaitGroups } from '../analysis/find-sequential-await-groups.js';
import { CALLEE_PATTERN_SCHEMA } from '../analysis/callee-patterns.js';
import { DEFAULT_EFFECT_VERBS } from '../analysis/calls/verbs.js';
import { planRewrite, RewriteContext } from '../rewrite/plan-rewrite.js';
import type { LibraryEntry, ResourceScope } from '../analysis/calls/libraries.js';
import type { OperationKind } from '../analysis/calls/operation.js';
import type { AnalysisOptions } from '../analysis/types.js';
import { createRule } from '../util/create-rule.js';

export type Options = [
  {
    minGroupSize?: number;
    ignoreCallees?: string[];
    effectVerbs?: string[];
    extraEffectVerbs?: string[];
    groupDiscardedAwaits?: boolean;
    libraries?: LibraryOption[];
  },
];

/** A library described in the options: what its calls do, by path pattern below the client. */
export interface LibraryOption {
  name: string;
  modules?: string[];
  types?: string[];
  names?: string[];
  reads?: string[];
  writes?: string[];
  ordered?: string[];
  otherwise?: OperationKind | 'words';
  resource?: ResourceScope;
}

function toLibraryEntry(option: LibraryOption): LibraryEntry {
  return {
    name: option.name,
    modules: option.modules ?? [],
    types: option.types ?? [],
    names: option.names ?? [],
    calls: [
      ...(option.ordered ?? []).map(pattern => [pattern, 'ordered'] as const),
      ...(option.writes ?? []).map(pattern => [pattern, 'write'] as const),
      ...(option.reads ?? []).map(pattern => [pattern, 'read'] as const),
    ],
    otherwise: option.otherwise ?? 'words',
    resource: option.resource ?? 'client',
  };
}

export type MessageId = 'combineWithPromiseAll' | 'sequentialAwaits';

/** The rule's options, merged with `meta.defaultOptions` by ESLint, as the analysis takes them. */
export function toAnalysisOptions(options: Options[0]): AnalysisOptions {
  return {
    minGroupSize: options.minGroupSize ?? 2,
    ignoreCallees: options.ignoreCallees ?? [],
    effectVerbs: options.extraEffectVerbs?.length
      ? [...(options.effectVerbs ?? DEFAULT_EFFECT_VERBS), ...options.extraEffectVerbs]
      : (options.effectVerbs ?? DEFAULT_EFFECT_VERBS),
    groupDiscardedAwaits: options.groupDiscardedAwaits ?? false,
    libraries: (options.libraries ?? []).map(toLibraryEntry),
  };
}

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
          ignoreCallees: {
            type: 'array',
            items: CALLEE_PATTERN_SCHEMA,
            uniqueItems: true,
            description:
              "Callee patterns whose awaits are left alone and end groups, matched against the callee's dotted path (`db.query`, `this.api.get`): `*` within a segment, `**` across segments, `a|b` one of several names. Regular expressions are not accepted.",
          },
          effectVerbs: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description:
              'Verbs that make an awaited call an ordered effect (the first word of a called name, and words after `or`/`and`/`then`). Replaces the built-in list.',
          },
          extraEffectVerbs: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description: 'Verbs added to `effectVerbs`.',
          },
          libraries: {
            type: 'array',
            description:
              'Libraries whose calls the rule should know, tried before the built-in ones: which modules, types or names identify their clients, and which call paths below a client read, write or must stay in order.',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['name'],
              properties: {
                name: { type: 'string' },
                modules: { type: 'array', items: { type: 'string' } },
                types: { type: 'array', items: { type: 'string' } },
                names: { type: 'array', items: { type: 'string' } },
                reads: { type: 'array', items: CALLEE_PATTERN_SCHEMA },
                writes: { type: 'array', items: CALLEE_PATTERN_SCHEMA },
                ordered: { type: 'array', items: CALLEE_PATTERN_SCHEMA },
                otherwise: { type: 'string', enum: ['read', 'write', 'guard', 'ordered', 'words'] },
                resource: { type: 'string', enum: ['client', 'segment', 'table', 'argument', 'library'] },
              },
            },
          },
          groupDiscardedAwaits: {
            type: 'boolean',
            description:
              'Let awaits whose result is discarded (`await warmCache();`) join groups as holes instead of ending them. Effect verbs and other barriers still apply.',
          },
        },
      },
    ],
    defaultOptions: [
      {
        minGroupSize: 2,
        ignoreCallees: [],
        effectVerbs: [...DEFAULT_EFFECT_VERBS],
        extraEffectVerbs: [],
        groupDiscardedAwaits: false,
        libraries: [],
      },
    ],
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
        const groups = findSequentialAwaitGroups(
          { awaits, scopeManager: sourceCode.scopeManager!, visitorKeys: sourceCode.visitorKeys, text: sourceCode.text },
          toAnalysisOptions(options),
        );
        const rewrites = new RewriteContext(sourceCode);
        for (const group of groups) {
          const count = String(group.members.length);
          const plan = planRewrite(group, rewrites);
          context.report({
            node: group.members[0]!.await,
            messageId: 'sequentialAwaits',
            data: { count },
            suggest: plan
              ? [{ messageId: 'combineWithPromiseAll', data: { count }, fix: fixer => fixer.replaceTextRange(plan.range, plan.text) }]
              : [],
          });
        }
      },
    };
  },
});
