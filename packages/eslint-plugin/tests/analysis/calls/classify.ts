import type { TSESTree } from '@typescript-eslint/utils';

import { compileCalleePatterns } from '../../../src/analysis/callee-patterns.js';
import { getWorkStart } from '../../../src/analysis/called-names.js';
import { CallClassifier } from '../../../src/analysis/calls/classify-call.js';
import { LIBRARIES } from '../../../src/analysis/calls/libraries.js';
import type { Operation } from '../../../src/analysis/calls/operation.js';
import { DEFAULT_EFFECT_VERBS } from '../../../src/analysis/calls/verbs.js';
import { parse } from '../parse.js';

/**
 * What the classifier says of the awaits of a snippet, in source order. The snippet is a module:
 * imports and declarations first, then the code whose awaits are judged.
 */
export function operationsOf(code: string, { ignoreCallees = [] as string[], libraries = LIBRARIES } = {}): Operation[] {
  const parsed = parse(code);
  const classifier = new CallClassifier(parsed.scopeManager, parsed.visitorKeys, code, {
    effectVerbs: new Set(DEFAULT_EFFECT_VERBS),
    isIgnoredCallee: compileCalleePatterns(ignoreCallees),
    libraries,
  });
  return parsed.awaits.map((node: TSESTree.AwaitExpression) => {
    const start = getWorkStart(node.argument);
    if (!start) throw new Error(`the await at ${node.range[0]} starts no work`);
    return classifier.classify(start);
  });
}

/** The kind of the last await of a snippet. */
export function kindOf(code: string, options?: Parameters<typeof operationsOf>[1]): string {
  return operationsOf(code, options).at(-1)!.kind;
}
