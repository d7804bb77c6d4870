import type { JSONSchema } from '@typescript-eslint/utils';

import { CALLEE_PATTERN_SCHEMA } from '../analysis/callee-patterns.js';
import type { LibraryEntry, ResourceScope } from '../analysis/calls/libraries.js';
import type { OperationKind } from '../analysis/calls/operation.js';
import { DEFAULT_EFFECT_VERBS } from '../analysis/calls/verbs.js';
import type { CallModelOptions } from '../analysis/shared-model.js';

/** The options both rules take to say what calls do: the call model's options as users write them. */
export interface CallModelRuleOptions {
  ignoreCallees?: string[];
  effectVerbs?: string[];
  extraEffectVerbs?: string[];
  libraries?: LibraryOption[];
}

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

/** The defaults of the call model's options: the one place they are written. */
export const CALL_MODEL_DEFAULTS: Required<CallModelRuleOptions> = {
  ignoreCallees: [],
  effectVerbs: [...DEFAULT_EFFECT_VERBS],
  extraEffectVerbs: [],
  libraries: [],
};

/** The JSON schema of the call model's options, shared by the rules. */
export const CALL_MODEL_SCHEMA_PROPERTIES: Record<keyof CallModelRuleOptions, JSONSchema.JSONSchema4> = {
  ignoreCallees: {
    type: 'array',
    items: CALLEE_PATTERN_SCHEMA,
    uniqueItems: true,
    description:
      "Callee patterns whose awaits are left alone, matched against the callee's dotted path (`db.query`, `this.api.get`): `*` within a segment, `**` across segments, `a|b` one of several names. Regular expressions are not accepted.",
  },
  effectVerbs: {
    type: 'array',
    items: { type: 'string' },
    uniqueItems: true,
    description:
      'Verbs that make an awaited call order-sensitive when nothing better says what it does (the first word of a called name, and words after `or`/`and`/`then`). Replaces the built-in list.',
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
};

/**
 * The call model's options as the analysis takes them. ESLint (>= 9.15, the oldest this plugin
 * supports) has already merged `meta.defaultOptions` into what the rule receives, so every field
 * is present here.
 */
export function toCallModelOptions(merged: Required<CallModelRuleOptions>): CallModelOptions {
  return {
    ignoreCallees: merged.ignoreCallees,
    effectVerbs: merged.extraEffectVerbs.length > 0 ? [...merged.effectVerbs, ...merged.extraEffectVerbs] : merged.effectVerbs,
    libraries: merged.libraries.map(toLibraryEntry),
  };
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

/**
 * A conversion of a rule's options, made once per options object. ESLint hands a rule configured
 * by severity alone (`'warn'`) its `meta.defaultOptions` object itself on every file, and options
 * written in a config a fresh merge per file; either way, what is converted is never changed
 * afterwards, so one object gets one answer.
 */
export function convertedOnce<Input extends object, Output>(convert: (input: Input) => Output): (input: Input) => Output {
  const converted = new WeakMap<Input, Output>();
  return input => {
    let output = converted.get(input);
    if (output === undefined) {
      output = convert(input);
      converted.set(input, output);
    }
    return output;
  };
}
