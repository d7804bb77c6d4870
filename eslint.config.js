// The workspace lints itself (`pnpm lint`): typescript-eslint's strict type-checked rules for the
// TypeScript sources, eslint-plugin-eslint-plugin for the rules, and Gather's own recommended
// config: the project's code is held to its own rules. The plugin is the built one (`dist/`).
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import tseslint from 'typescript-eslint';

import gather from './packages/eslint-plugin/dist/index.js';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.tools/**',
      // code written to be reported or rewritten: the labeled cases, the demo app, the editor fixtures;
      // the modules the rule tests import (one does not parse on purpose); the syntax the parser parity test compares
      'packages/eslint-plugin/labeled/*/**',
      'packages/eslint-plugin/tests/rules/fixtures/**',
      'examples/**',
      'packages/vscode-extension/e2e/fixtures/**',
      'packages/vscode-extension/e2e/fixtures-expected/**',
      'packages/language-server/tests/fixtures/**',
    ],
  },
  {
    files: ['**/*.{ts,mts}'],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // with noUncheckedIndexedAccess, `list[0]!` after a length check is the honest way to say what the code knows
      '@typescript-eslint/no-non-null-assertion': 'off',
      // the AST types describe typescript-estree; espree and oxc leave some fields null where it has
      // them undefined (oxlint parity found one: ExpressionStatement.directive), so the analysis
      // checks fields its types call certain
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // the analysis' statement lists hold one pseudo node beside TSESTree's (ArrowExpressionBody, an
      // arrow's expression body), handed to functions that take any node
      '@typescript-eslint/no-unsafe-enum-assignment': 'off',
      // numbers and booleans in messages and logs read fine
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.strict],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', performance: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' },
    },
  },
  {
    // the instrumented async stubs are Proxies that stand for any value a snippet touches
    files: ['packages/eslint-plugin/tests/execute/stub-runtime.ts'],
    rules: {
      '@typescript-eslint/no-this-alias': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['packages/eslint-plugin/src/rules/**/*.ts'],
    extends: [eslintPlugin.configs.recommended],
  },
  gather.configs.recommended,
);
