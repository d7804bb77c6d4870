import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import type { Invalid, InvalidLoop } from './cases.js';

/**
 * Applies every suggestion of every case and lints the result again: it must parse with the same
 * parser, and the group it rewrote must be gone without a new report taking its place.
 */
export function expectSuggestionsToSettle(cases: readonly (Invalid | InvalidLoop)[], ruleName = 'no-sequential-await'): void {
  describe('suggestion outputs parse and settle', () => {
    for (const testCase of cases) {
      const outputs = testCase.errors.flatMap(error => (error.suggestions ?? []).map(suggestion => suggestion.output));
      if (outputs.length === 0) continue;
      it(testCase.code, () => {
        const before = lint(testCase, testCase.code, ruleName);
        expect(before.filter(message => message.fatal)).toEqual([]);
        for (const output of outputs) {
          const after = lint(testCase, output, ruleName);
          expect(
            after.filter(message => message.fatal),
            output,
          ).toEqual([]);
          expect(after.length, output).toBeLessThan(before.length);
        }
      });
    }
  });
}

function lint(testCase: Invalid | InvalidLoop, code: string, ruleName: string): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  const languageOptions = (testCase.languageOptions ?? {}) as Linter.LanguageOptions;
  const filename = testCase.filename ?? 'file.ts';
  return linter.verify(
    code,
    [
      {
        files: ['**/*.{js,jsx,ts,tsx}'],
        plugins: { gather: plugin as never },
        languageOptions: {
          ecmaVersion: 'latest',
          sourceType: 'module',
          parser: languageOptions.parser ?? tsParser,
          parserOptions: languageOptions.parserOptions ?? {},
        },
        rules: { [`gather/${ruleName}`]: ['error', ...(testCase.options ?? [])] },
      },
    ],
    { filename },
  );
}
