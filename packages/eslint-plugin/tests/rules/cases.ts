import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';

import type { MessageId, Options } from '../../src/rules/no-sequential-await.js';
import type { MessageId as LoopMessageId, Options as LoopOptions } from '../../src/rules/no-sequential-loop-await.js';

export type Invalid = InvalidTestCase<MessageId, Options>;
export type Valid = ValidTestCase<Options>;
export type InvalidLoop = InvalidTestCase<LoopMessageId, LoopOptions>;
export type ValidLoop = ValidTestCase<LoopOptions>;

/** ESLint's default parser, for plain JavaScript cases. */
export const javascript = {
  filename: 'file.js',
  languageOptions: { parser: espree, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
} as const;

/** ESLint's default parser with JSX. */
export const jsx = {
  filename: 'file.jsx',
  languageOptions: { parser: espree, parserOptions: { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } } },
} as const;

/** typescript-eslint's parser with JSX. */
export const tsx = {
  filename: 'file.tsx',
  languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
} as const;

/** One report of `count` awaits on `line`:`column` whose suggestion produces `output`. */
export function group(count: number, line: number, column: number, output: string): Invalid['errors'][number] {
  return {
    messageId: 'sequentialAwaits',
    data: { count },
    line,
    column,
    suggestions: [{ messageId: 'combineWithPromiseAll', data: { count }, output }],
  };
}

/** One report of a loop on `line`:`column` that awaits `awaited`, with the suggestion's `output` (or none). */
export function loop(line: number, column: number, awaited: string, output?: string): InvalidLoop['errors'][number] {
  return {
    messageId: 'sequentialLoop',
    data: { awaited },
    line,
    column,
    suggestions: output === undefined ? [] : [{ messageId: 'runIterationsTogether', output }],
  };
}
