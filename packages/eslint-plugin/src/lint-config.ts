/**
 * The one way this project builds a flat config for ESLint's `Linter` around a snippet or a
 * document: the language server, the corpus harness, the labeled-set scorer, the scripts and the
 * tests all lint through it, so they parse every file alike (TypeScript's parser for TypeScript,
 * espree for JavaScript, JSX where the dialect has it).
 *
 * Exported as `eslint-plugin-gather/lint-config`, apart from the plugin's entry: it imports
 * `@typescript-eslint/parser`, which a project linting only JavaScript need not install.
 */
import tsParser from '@typescript-eslint/parser';
import type { Linter } from 'eslint';

/** How a file is parsed. */
export interface Dialect {
  readonly typescript: boolean;
  readonly jsx: boolean;
  readonly sourceType: 'module' | 'commonjs' | 'script';
}

/**
 * The dialect a file name implies: `.ts`, `.mts`, `.cts`, `.tsx` are TypeScript; `.jsx` and `.tsx`
 * have JSX (and every JavaScript file with `jsxInJs`: JSX in `.js` is common, and oxlint parses it there);
 * `.cjs` and `.cts` are CommonJS, everything else a module.
 */
export function dialectOf(fileName: string, { jsxInJs = false }: { readonly jsxInJs?: boolean } = {}): Dialect {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const typescript = /^[mc]?tsx?$/.test(extension);
  return {
    typescript,
    // in .ts files `<T>x` is a cast, not JSX
    jsx: extension.endsWith('x') || (jsxInJs && !typescript),
    sourceType: /^c[jt]s$/.test(extension) ? 'commonjs' : 'module',
  };
}

/** The file names a config built here applies to; `**\/*` alone would match only files another config matches. */
export const LINTED_FILES = ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'];

export interface LintConfigRequest {
  readonly dialect: Dialect;
  /** The plugins by prefix, for example `{ gather: plugin }` (typed loosely: typescript-eslint's rule types and ESLint's differ). */
  readonly plugins: Record<string, object>;
  readonly rules: Linter.RulesRecord;
  readonly linterOptions?: Linter.LinterOptions;
}

/** A flat config that lints one file of this dialect with these rules, as ESLint lints it for a user. */
export function lintConfig({ dialect, plugins, rules, linterOptions }: LintConfigRequest): Linter.Config[] {
  return [
    {
      files: LINTED_FILES,
      plugins,
      ...(linterOptions ? { linterOptions } : {}),
      languageOptions: {
        ecmaVersion: 'latest',
        sourceType: dialect.sourceType,
        // espree, ESLint's own parser, when no parser is named
        ...(dialect.typescript ? { parser: tsParser } : {}),
        // the rules read no JSDoc: skipping its parse makes TypeScript parsing cheaper
        parserOptions: { ecmaFeatures: { jsx: dialect.jsx }, ...(dialect.typescript ? { jsDocParsingMode: 'none' } : {}) },
      },
      // the TypeScript modules a file imports (and JavaScript espree refuses) are read with
      // typescript-eslint's parser: named here so that a bundle (the editor's server) reads them as the CLI does
      settings: { gather: { moduleParser: tsParser } },
      rules,
    },
  ];
}
