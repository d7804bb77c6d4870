import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';

import type { MessageId, Options } from '../../src/rules/no-sequential-await.js';

export type Invalid = InvalidTestCase<MessageId, Options>;
export type Valid = ValidTestCase<Options>;

/** ESLint's default parser, for plain JavaScript cases. */
export const javascript = {
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
