/**
 * The editor parses TypeScript with oxc (`src/parser/`), the CLI with typescript-eslint's parser.
 * A document must never get diagnostics computed from another parser's different answer, so this
 * test parses every TypeScript file of the repository a rule is meant to judge (the labeled sets,
 * the demo app, the editor fixtures) and real code (the plugin's and this server's sources, and
 * constructs written to be awkward) with both parsers and compares the ASTs, tokens and comments;
 * then lints each file both ways through `DocumentLinter` and compares every message and
 * suggestion. `scripts/parser-parity.ts` does the first half on any files (the 1,413 TypeScript
 * files of the corpus: no difference).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { beforeAll, describe, expect, it } from 'vitest';

import { DocumentLinter } from '../src/lint-document.js';
import { oxcLoaded, parseWithOxc } from '../src/parser/oxc-typescript-parser.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';
import { parityOf, typescriptFilesIn } from './ast-differences.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FILES = [
  'packages/eslint-plugin/labeled',
  'examples/src',
  'packages/vscode-extension/e2e/fixtures',
  'packages/eslint-plugin/src',
  'packages/language-server/src',
  'packages/language-server/tests/fixtures/parser',
]
  .flatMap(directory => typescriptFilesIn(path.join(ROOT, directory)))
  .sort();

const textOf = (file: string): string => readFileSync(file, 'utf8');
const isJsx = (file: string): boolean => file.endsWith('x');

describe('the oxc-based parser and typescript-eslint parser agree', { timeout: 300_000 }, () => {
  beforeAll(async () => {
    expect(await oxcLoaded).toBe(true);
  });

  it(`on the AST, tokens and comments of ${FILES.length} TypeScript files`, () => {
    expect(FILES.length).toBeGreaterThan(700);
    const differing = FILES.flatMap(file => {
      const differences = parityOf(textOf(file), isJsx(file));
      return differences.length > 0 ? [{ file, first: differences[0] }] : [];
    });
    expect(differing).toEqual([]);
  });

  it('with CRLF and CR line ends (template text keeps them as written)', () => {
    for (const file of FILES.filter(name => name.includes('fixtures/parser/') && !name.includes('entities'))) {
      for (const lineEnd of ['\r\n', '\r']) {
        const text = textOf(file).replaceAll('\n', lineEnd);
        expect(parseWithOxc(text, { sourceType: 'module', ecmaFeatures: { jsx: isJsx(file) } }), file).not.toBeNull();
        expect(parityOf(text, isJsx(file)), `${file} with ${JSON.stringify(lineEnd)}`).toEqual([]);
      }
    }
  });

  it.each([
    ['legacy octal, which typescript-estree refuses', 'let mode = 0755;'],
    ['an octal escape', "const nul = '\\01';"],
    ['a lone surrogate, which oxc reads as U+FFFD', 'const half = "\uD800";'],
    ['a JSDoc type in code', 'type Maybe = ?string;'],
    // typescript-estree's own checks, which oxc does not make
    ['a computed enum member', "enum E { ['a'] = 1 }"],
    ['a for-of declaration with an initializer', 'for (const x = 1 of y) {}'],
    ['an abstract property with an initializer', 'abstract class A { abstract x = 1; }'],
    ['a class declaration without a name', 'class {}'],
    ['an assignment to an unparenthesized type assertion', 'a as any = 1;'],
    ['an empty extends list', 'interface F extends implements {}'],
  ])('falls back to typescript-eslint on %s, with the same outcome', (_, text) => {
    expect(parseWithOxc(text, { sourceType: 'module', ecmaFeatures: { jsx: false } })).toBeNull();
    expect(parityOf(text, false)).toEqual([]);
  });

  it('falls back on HTML-like comments where a top-level return is allowed (oxc would read them as comments)', () => {
    const text = 'x = a <!--b;\nreturn x;\n';
    expect(parseWithOxc(text, { sourceType: 'script', ecmaFeatures: { globalReturn: true } })).toBeNull();
  });

  it('by parsing nearly all of them with oxc, not by falling back', () => {
    const byTypescriptEslint = FILES.filter(file => !parseWithOxc(textOf(file), { sourceType: 'module', ecmaFeatures: { jsx: isJsx(file) } }));
    // a file that does not parse (the e2e fixture `broken.ts`) and JSX with character references
    expect(byTypescriptEslint.map(file => path.relative(ROOT, file))).toEqual([
      'packages/language-server/tests/fixtures/parser/entities.tsx',
      'packages/vscode-extension/e2e/fixtures/broken.ts',
    ]);
  });

  it('on every message and suggestion of both rules, imported modules read as the editor reads them', () => {
    const editor = new DocumentLinter();
    const cli = new DocumentLinter(undefined, { fastParse: false });
    let messages = 0;
    for (const file of FILES) {
      const uri = pathToFileURL(file).href;
      const languageId = isJsx(file) ? 'typescriptreact' : 'typescript';
      const expected = cli.lint(textOf(file), languageId, uri, DEFAULT_SETTINGS);
      expect(editor.lint(textOf(file), languageId, uri, DEFAULT_SETTINGS), file).toEqual(expected);
      if (expected.kind === 'linted') messages += expected.messages.length;
    }
    expect(messages).toBeGreaterThan(300);
  });

  it('on a text that does not parse: the same message, from typescript-eslint', () => {
    const text = 'export async function f() {\n  const a = await one(;\n}\n';
    const editor = new DocumentLinter().lint(text, 'typescript', 'file:///broken.ts', DEFAULT_SETTINGS);
    expect(editor).toEqual(new DocumentLinter(undefined, { fastParse: false }).lint(text, 'typescript', 'file:///broken.ts', DEFAULT_SETTINGS));
    expect(editor.kind).toBe('parse-error');
  });
});
