/**
 * JavaScript modules read the way ESLint reads a JavaScript file: espree for the AST and
 * eslint-scope for the scopes, with the options ESLint's JavaScript language gives them. Most
 * imported modules in real projects are JavaScript (compiled packages, CommonJS helpers, plain
 * `.js` projects), and this pair reads them about 2.5 times faster than typescript-eslint's
 * parser; the call model judges JavaScript files linted by ESLint on exactly these ASTs and scopes.
 *
 * The choice depends on the module's file name only, never on the host (ESLint, oxlint, the
 * editor's server), so a module means the same everywhere.
 */
import path from 'node:path';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as eslintScope from 'eslint-scope';
import * as espree from 'espree';

/** What a module parse gives the call model. */
export interface ParsedModule {
  readonly ast: TSESTree.Program;
  readonly scopeManager: TSESLint.Scope.ScopeManager;
  readonly visitorKeys: TSESLint.SourceCode.VisitorKeys;
}

const JAVASCRIPT_EXTENSIONS = new Set(['.js', '.jsx', '.mjs', '.cjs']);

/** Whether a module file is JavaScript (read with espree) rather than TypeScript. */
export function isJavaScriptModule(filename: string): boolean {
  return JAVASCRIPT_EXTENSIONS.has(path.extname(filename));
}

/**
 * A dynamic `import(…)`, which may have options (`import(path, { with: { type } })`): `import`,
 * then blanks and block or line comments, then `(`; in a comment or string too.
 */
const DYNAMIC_IMPORT = /\bimport(?:\s|\/\*[\s\S]*?\*\/|\/\/[^\n\r\u2028\u2029]*)*\(/;

/**
 * How eslint-scope walks the module's nodes. ESLint passes `childVisitorKeys: espree.VisitorKeys`,
 * which eslint-scope copies into every visitor it makes (one per pattern): most of its time on a
 * module. Its own keys with the `'iteration'` fallback for the nodes they do not know (JSX, class
 * fields, static blocks) give the same scopes and references (all 11,850 JavaScript files of the
 * corpus, in a fifth of the time), except for the options of a dynamic `import()`, which its keys
 * skip: a text that may have one is walked the way ESLint walks it.
 */
function walkingKeysFor(text: string): { childVisitorKeys: typeof espree.VisitorKeys } | { fallback: 'iteration' } {
  return DYNAMIC_IMPORT.test(text) ? { childVisitorKeys: espree.VisitorKeys } : { fallback: 'iteration' };
}

/**
 * The module's AST and scopes as ESLint would make them for this file (JSX allowed, as
 * `lint-config.ts` allows it in `.js`; `.cjs` as CommonJS), without line and column locations
 * (the analysis reads ranges; nothing in another file is reported), or null when espree cannot parse it
 * (Flow annotations, a syntax error): the caller then tries typescript-eslint's parser, which
 * accepts more.
 */
export function parseJavaScriptModule(text: string, filename: string): ParsedModule | null {
  const sourceType = path.extname(filename) === '.cjs' ? 'commonjs' : 'module';
  const ecmaFeatures = { jsx: true, globalReturn: sourceType === 'commonjs' };
  // espree's AST is typed as acorn's, eslint-scope's as @types/estree's: the same ESTree
  let ast: Parameters<typeof eslintScope.analyze>[0];
  try {
    ast = espree.parse(text, { ecmaVersion: 'latest', sourceType, ecmaFeatures, range: true, loc: false }) as unknown as typeof ast;
  } catch {
    return null;
  }
  const scopeManager = eslintScope.analyze(ast, {
    ignoreEval: true,
    nodejsScope: ecmaFeatures.globalReturn,
    ecmaVersion: espree.latestEcmaVersion,
    sourceType,
    ...walkingKeysFor(text),
    jsx: true,
  });
  return {
    ast: ast as unknown as TSESTree.Program,
    scopeManager: scopeManager as unknown as TSESLint.Scope.ScopeManager,
    visitorKeys: espree.VisitorKeys,
  };
}
