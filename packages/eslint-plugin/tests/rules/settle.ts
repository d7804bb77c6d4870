import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import { dialectOf, lintConfig } from '../../src/lint-config.js';
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
  const filename = testCase.filename ?? 'file.ts';
  // the file name says the parser and JSX, as in the RuleTester run; a case may ask for CommonJS
  const sourceType = (testCase.languageOptions?.parserOptions as { sourceType?: 'module' | 'commonjs' } | undefined)?.sourceType;
  const dialect = { ...dialectOf(filename), ...(sourceType ? { sourceType } : {}) };
  return linter.verify(code, lintConfig({ dialect, plugins: { gather: plugin }, rules: { [`gather/${ruleName}`]: ['error', ...(testCase.options ?? [])] } }), {
    filename,
  });
}
