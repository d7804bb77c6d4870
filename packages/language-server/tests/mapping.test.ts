import gather from 'eslint-plugin-gather';
import { DiagnosticSeverity, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';

import { DocumentLinter, getDialect, type LintedMessage } from '../src/lint-document.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';
import { combineAllAction, disableForFileAction, disableForLineAction, suggestionsToCodeActions } from '../src/to-code-actions.js';
import { toDiagnostic } from '../src/to-diagnostic.js';

const CODE = `export async function load(id: string) {
  const user = await getUser(id);
  const posts = await getPosts(id);
  return { user, posts };
}
`;

const LOOP = `export async function loadAll(ids: string[]) {
  const users = [];
  for (const id of ids) {
    users.push(await getUser(id));
  }
  return users;
}
`;

function lintMessages(code: string, languageId = 'typescript'): LintedMessage[] {
  const outcome = new DocumentLinter().lint(code, languageId, 'file:///a.ts', DEFAULT_SETTINGS);
  if (outcome.kind !== 'linted') throw new Error(`${outcome.kind}: ${JSON.stringify(outcome)}`);
  return [...outcome.messages];
}

function apply(document: TextDocument, edit: { documentChanges?: unknown[] } | undefined): string {
  const [change] = edit!.documentChanges as TextDocumentEdit[];
  return TextDocument.applyEdits(document, change!.edits as TextEdit[]);
}

describe('toDiagnostic', () => {
  it('maps position, severity, source, code and the doc link of each rule', () => {
    const document = TextDocument.create('file:///a.ts', 'typescript', 1, `${CODE}${LOOP}`);
    const [group, loop] = lintMessages(document.getText());
    expect(toDiagnostic(group!, 'error', document)).toEqual({
      range: { start: { line: 1, character: 15 }, end: { line: 1, character: 32 } },
      severity: DiagnosticSeverity.Error,
      source: 'gather',
      code: 'gather/no-sequential-await',
      codeDescription: { href: gather.rules['no-sequential-await'].meta.docs!.url },
      message: '2 independent awaits run one after another; start them together with Promise.all.',
    });
    expect(toDiagnostic(loop!, 'hint', document)).toEqual({
      range: { start: { line: 7, character: 2 }, end: { line: 7, character: 23 } },
      severity: DiagnosticSeverity.Hint,
      source: 'gather',
      code: 'gather/no-sequential-loop-await',
      codeDescription: { href: gather.rules['no-sequential-loop-await'].meta.docs!.url },
      message: 'Each iteration waits for getUser(…) before the next one starts; start them together with Promise.all.',
    });
  });

  it('places reports by the document’s lines, not ESLint’s: U+2028 and U+2029 break no LSP line', () => {
    const text = `const note = "a\u2028b\u2029c\u2028d";\n${CODE}`;
    const document = TextDocument.create('file:///a.ts', 'typescript', 1, text);
    const [message] = lintMessages(text);
    expect(toDiagnostic(message!, 'warning', document).range.start).toEqual({ line: 2, character: 15 });
    const line = apply(document, disableForLineAction(message!, toDiagnostic(message!, 'warning', document), document).edit).split('\n');
    expect(line[2]).toBe('  // eslint-disable-next-line gather/no-sequential-await');
    expect(line[3]).toBe('  const user = await getUser(id);');
  });
});

describe('code actions', () => {
  const document = TextDocument.create('file:///a.ts', 'typescript', 7, CODE);
  const [message] = lintMessages(CODE);
  const diagnostic = toDiagnostic(message!, 'warning', document);

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
    expect(
      apply(script, disableForFileAction('gather/no-sequential-loop-await', [diagnostic], script).edit)
        .split('\n')
        .slice(0, 2),
    ).toEqual(['#!/usr/bin/env node', '/* eslint-disable gather/no-sequential-loop-await */']);
  });

  it('combine every suggestion of a file, skipping overlaps and files without any', () => {
    const twice = `${CODE}${CODE.replace('load', 'again')}`;
    const messages = lintMessages(twice);
    const both = combineAllAction(messages, TextDocument.create('file:///a.ts', 'typescript', 1, twice), true);
    expect(both?.title).toBe('Combine all sequential awaits in this file (2)');
    const overlapping = combineAllAction([messages[0]!, messages[0]!], TextDocument.create('file:///a.ts', 'typescript', 1, twice), true);
    expect(overlapping?.title).toBe('Combine all sequential awaits in this file (1)');
    expect(combineAllAction([], document, true)).toBeNull();
  });

  it('leave the edit of "combine all" for later when the client resolves it', () => {
    const action = combineAllAction([message!], document, false);
    expect(action).toEqual({
      title: 'Combine all sequential awaits in this file (1)',
      kind: 'source.gather.combineAll',
      data: { uri: 'file:///a.ts', version: 7 },
    });
  });
});

describe('DocumentLinter', () => {
  it('picks the dialect by language id and file name, and knows no language through the object prototype', () => {
    expect(getDialect('typescript', 'file:///a.mts')).toMatchObject({ extension: 'mts', typescript: true, commonjs: false });
    expect(getDialect('javascript', 'file:///a.cjs')).toMatchObject({ extension: 'cjs', typescript: false, commonjs: true });
    expect(getDialect('typescriptreact', 'untitled:Untitled-1')).toMatchObject({ extension: 'tsx', jsx: true });
    for (const languageId of ['python', 'constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(getDialect(languageId, 'file:///a')).toBeNull();
  });

  it('reports parse errors, sizes, unknown languages and disabled settings without linting', () => {
    const linter = new DocumentLinter();
    expect(linter.lint('async function (', 'typescript', 'file:///a.ts', DEFAULT_SETTINGS)).toMatchObject({ kind: 'parse-error', line: 1 });
    expect(linter.lint('x'.repeat(1_000_001), 'typescript', 'file:///a.ts', DEFAULT_SETTINGS)).toEqual({ kind: 'skipped', reason: 'too-large' });
    expect(linter.lint(CODE, 'rust', 'file:///a.rs', DEFAULT_SETTINGS)).toEqual({ kind: 'skipped', reason: 'unknown-language' });
    expect(linter.lint(CODE, 'typescript', 'file:///a.ts', { ...DEFAULT_SETTINGS, enable: false })).toEqual({ kind: 'skipped', reason: 'disabled' });
  });

  it('runs each rule its settings leave on', () => {
    const linter = new DocumentLinter();
    const both = `${CODE}${LOOP}`;
    const ruleIds = (rules: Record<string, boolean>): string[] => {
      const outcome = linter.lint(both, 'typescript', 'file:///a.ts', { ...DEFAULT_SETTINGS, rules });
      return outcome.kind === 'linted' ? outcome.messages.map(message => message.ruleId) : [outcome.kind];
    };
    expect(ruleIds({ 'no-sequential-await': true, 'no-sequential-loop-await': true })).toEqual([
      'gather/no-sequential-await',
      'gather/no-sequential-loop-await',
    ]);
    expect(ruleIds({ 'no-sequential-await': false, 'no-sequential-loop-await': true })).toEqual(['gather/no-sequential-loop-await']);
    expect(ruleIds({ 'no-sequential-await': false, 'no-sequential-loop-await': false })).toEqual(['skipped']);
  });

  it('lets a document disable rules but not configure them or turn others on', () => {
    const linter = new DocumentLinter();
    const configured = `/* eslint gather/no-sequential-await: ["warn", {"minGroupSize": 5}], no-restricted-syntax: ["error", "Identifier"] */\n${CODE}`;
    const outcome = linter.lint(configured, 'typescript', 'file:///a.ts', DEFAULT_SETTINGS);
    expect(outcome).toMatchObject({ kind: 'linted', messages: [{ ruleId: 'gather/no-sequential-await' }] });
    expect(linter.lint(`/* eslint-env node */\n${CODE}`, 'typescript', 'file:///a.ts', DEFAULT_SETTINGS)).toMatchObject({ kind: 'linted', messages: [{}] });
    const disabled = CODE.replace('  const user', '  // eslint-disable-next-line gather/no-sequential-await\n  const user');
    expect(linter.lint(disabled, 'typescript', 'file:///a.ts', DEFAULT_SETTINGS)).toEqual({ kind: 'linted', messages: [] });
  });

  it('puts a configuration comment a suggestion moves back as it was', () => {
    const withComment = CODE.replace('  const posts', '  /* eslint no-console: "error" */\n  const posts');
    const document = TextDocument.create('file:///a.ts', 'typescript', 1, withComment);
    const [message] = lintMessages(withComment);
    const [action] = suggestionsToCodeActions(message!, toDiagnostic(message!, 'warning', document), document);
    const applied = apply(document, action!.edit);
    expect(applied).toContain('/* eslint no-console: "error" */');
    expect(applied).not.toContain('Eslint');
  });

  it('catches a rule that throws and keeps working', () => {
    const throwing = {
      ...gather,
      rules: {
        ...gather.rules,
        'no-sequential-await': {
          ...gather.rules['no-sequential-await'],
          create: () => ({
            AwaitExpression: () => {
              throw new Error('boom');
            },
          }),
        },
      },
    } as unknown as typeof gather;
    const linter = new DocumentLinter(throwing);
    const outcome = linter.lint(CODE, 'typescript', 'file:///a.ts', DEFAULT_SETTINGS);
    expect(outcome.kind).toBe('crashed');
    expect((outcome as { error: string }).error).toContain('boom');
    expect(linter.lint('export const x = 1;', 'typescript', 'file:///a.ts', DEFAULT_SETTINGS)).toEqual({ kind: 'linted', messages: [] });
  });
});
