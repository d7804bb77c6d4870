import type { Linter } from 'eslint';
import gather from 'eslint-plugin-gather';
import { DiagnosticSeverity, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';

import { DocumentLinter, getDialect } from '../src/lint-document.js';
import { DEFAULT_SETTINGS, normalizeSettings, toRuleOptions } from '../src/settings.js';
import { combineAllAction, disableForFileAction, disableForLineAction, suggestionsToCodeActions } from '../src/to-code-actions.js';
import { toDiagnostic, toRange } from '../src/to-diagnostic.js';

const CODE = `export async function load(id: string) {
  const user = await getUser(id);
  const posts = await getPosts(id);
  return { user, posts };
}
`;

function lintMessages(code: string, languageId = 'typescript'): Linter.LintMessage[] {
  const outcome = new DocumentLinter().lint(code, languageId, 'file:///a.ts', DEFAULT_SETTINGS);
  if (outcome.kind !== 'linted') throw new Error(outcome.kind);
  return [...outcome.messages];
}

function apply(document: TextDocument, edit: { documentChanges?: unknown[] } | undefined): string {
  const [change] = edit!.documentChanges as TextDocumentEdit[];
  return TextDocument.applyEdits(document, change!.edits as TextEdit[]);
}

describe('toDiagnostic', () => {
  it('maps position, severity, source, code and the doc link', () => {
    const [message] = lintMessages(CODE);
    expect(toDiagnostic(message!, 'error')).toEqual({
      range: { start: { line: 1, character: 15 }, end: { line: 1, character: 32 } },
      severity: DiagnosticSeverity.Error,
      source: 'gather',
      code: 'gather/no-sequential-await',
      codeDescription: { href: gather.rules['no-sequential-await'].meta.docs!.url },
      message: '2 independent awaits run one after another; start them together with Promise.all.',
    });
  });

  it('turns a message without an end into an empty range', () => {
    expect(toRange({ line: 3, column: 5, endLine: undefined, endColumn: undefined })).toEqual({
      start: { line: 2, character: 4 },
      end: { line: 2, character: 4 },
    });
  });
});

describe('code actions', () => {
  const document = TextDocument.create('file:///a.ts', 'typescript', 7, CODE);
  const [message] = lintMessages(CODE);
  const diagnostic = toDiagnostic(message!, 'warning');

  it('turn each suggestion into a quick-fix with an edit for this version', () => {
    const [action] = suggestionsToCodeActions(message!, diagnostic, document);
    expect(action).toMatchObject({ title: 'Run these 2 awaits concurrently with Promise.all', kind: 'quickfix', diagnostics: [diagnostic] });
    expect((action!.edit!.documentChanges![0] as TextDocumentEdit).textDocument).toEqual({ uri: 'file:///a.ts', version: 7 });
    expect(apply(document, action!.edit)).toContain('const [user, posts] = await Promise.all([getUser(id), getPosts(id)]);');
  });

  it('disable the rule for the line with the line indentation, or for the file after a shebang', () => {
    expect(apply(document, disableForLineAction(message!, diagnostic, document).edit).split('\n')[1]).toBe(
      '  // eslint-disable-next-line gather/no-sequential-await',
    );
    const script = TextDocument.create('file:///a.ts', 'typescript', 1, `#!/usr/bin/env node\n${CODE}`);
    expect(apply(script, disableForFileAction(diagnostic, script).edit).split('\n').slice(0, 2)).toEqual([
      '#!/usr/bin/env node',
      '/* eslint-disable gather/no-sequential-await */',
    ]);
  });

  it('combine every suggestion of a file, skipping overlaps and files without any', () => {
    const twice = `${CODE}${CODE.replace('load', 'again')}`;
    const messages = lintMessages(twice);
    const both = combineAllAction(messages, TextDocument.create('file:///a.ts', 'typescript', 1, twice));
    expect(both?.title).toBe('Combine all sequential awaits in this file (2)');
    const overlapping = combineAllAction([messages[0]!, messages[0]!], TextDocument.create('file:///a.ts', 'typescript', 1, twice));
    expect(overlapping?.title).toBe('Combine all sequential awaits in this file (1)');
    expect(combineAllAction([], document)).toBeNull();
  });
});

describe('settings', () => {
  it('fall back field by field to the defaults, which are the rule defaults', () => {
    expect(normalizeSettings({ severity: 'loud', minGroupSize: 1, ignoreCallees: ['db.*', 'db.*'], enable: 'yes' })).toEqual({
      ...DEFAULT_SETTINGS,
      ignoreCallees: ['db.*'],
    });
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(toRuleOptions(DEFAULT_SETTINGS)).toEqual(gather.rules['no-sequential-await'].meta.defaultOptions![0]);
  });
});

describe('DocumentLinter', () => {
  it('picks the dialect by language id and file name', () => {
    expect(getDialect('typescript', 'file:///a.mts')).toMatchObject({ extension: 'mts', typescript: true, commonjs: false });
    expect(getDialect('javascript', 'file:///a.cjs')).toMatchObject({ extension: 'cjs', typescript: false, commonjs: true });
    expect(getDialect('typescriptreact', 'untitled:Untitled-1')).toMatchObject({ extension: 'tsx', jsx: true });
    expect(getDialect('python', 'file:///a.py')).toBeNull();
  });

  it('reports parse errors, sizes, unknown languages and disabled settings without linting', () => {
    const linter = new DocumentLinter();
    expect(linter.lint('async function (', 'typescript', 'file:///a.ts', DEFAULT_SETTINGS)).toMatchObject({ kind: 'parse-error', line: 1 });
    expect(linter.lint('x'.repeat(1_000_001), 'typescript', 'file:///a.ts', DEFAULT_SETTINGS)).toEqual({ kind: 'skipped', reason: 'too-large' });
    expect(linter.lint(CODE, 'rust', 'file:///a.rs', DEFAULT_SETTINGS)).toEqual({ kind: 'skipped', reason: 'unknown-language' });
    expect(linter.lint(CODE, 'typescript', 'file:///a.ts', { ...DEFAULT_SETTINGS, enable: false })).toEqual({ kind: 'skipped', reason: 'disabled' });
  });

  it('catches a rule that throws and keeps working', () => {
    const throwing = {
      ...gather,
      rules: {
        'no-sequential-await': {
          ...gather.rules['no-sequential-await'],
          create: () => ({ AwaitExpression: () => { throw new Error('boom'); } }),
        },
      },
    } as unknown as typeof gather;
    const linter = new DocumentLinter(throwing);
    const outcome = linter.lint(CODE, 'typescript', 'file:///a.ts', DEFAULT_SETTINGS);
    expect(outcome.kind).toBe('crashed');
    expect(String((outcome as { error: unknown }).error)).toContain('boom');
    expect(linter.lint('export const x = 1;', 'typescript', 'file:///a.ts', DEFAULT_SETTINGS)).toEqual({ kind: 'linted', messages: [] });
  });
});
