import { readFileSync } from 'node:fs';

import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentEdit, TextEdit } from 'vscode-languageclient';
import { describe, expect, it } from 'vitest';

import { DocumentLinter } from '../../language-server/src/lint-document.js';
import { DEFAULT_SETTINGS } from '../../language-server/src/settings.js';
import { combineAllAction } from '../../language-server/src/to-code-actions.js';

/**
 * The end-to-end tests compare the editor's result with e2e/fixtures-expected/*. This proves
 * those files are exactly what the rule suggests, so "exactly the rule's suggestion" holds in
 * the real editor too.
 */
const read = (path: string): string => readFileSync(new URL(`../e2e/${path}`, import.meta.url), 'utf8');

function messagesOf(name: string, languageId: string) {
  const outcome = new DocumentLinter().lint(read(`fixtures/${name}`), languageId, `file:///${name}`, DEFAULT_SETTINGS);
  if (outcome.kind !== 'linted') throw new Error(`${name}: ${outcome.kind}`);
  return outcome.messages;
}

describe('the e2e fixtures', () => {
  it('independent.ts: one group; its quick-fix gives fixtures-expected/independent.ts', () => {
    const [message, ...rest] = messagesOf('independent.ts', 'typescript');
    expect(rest).toEqual([]);
    const fix = message!.suggestions[0]!;
    const text = read('fixtures/independent.ts');
    expect(text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1])).toBe(read('fixtures-expected/independent.ts'));
  });

  it('several.ts: three groups; combining all gives fixtures-expected/several.ts', () => {
    const messages = messagesOf('several.ts', 'typescript');
    expect(messages).toHaveLength(3);
    const document = TextDocument.create('file:///several.ts', 'typescript', 1, read('fixtures/several.ts'));
    const action = combineAllAction(messages, document, true)!;
    const change = action.edit!.documentChanges![0] as TextDocumentEdit;
    expect(TextDocument.applyEdits(document, change.edits as TextEdit[])).toBe(read('fixtures-expected/several.ts'));
  });

  it('loop.ts: one loop; its quick-fix gives fixtures-expected/loop.ts', () => {
    const [message, ...rest] = messagesOf('loop.ts', 'typescript');
    expect(rest).toEqual([]);
    expect(message!.ruleId).toBe('gather/no-sequential-loop-await');
    const fix = message!.suggestions[0]!;
    const text = read('fixtures/loop.ts');
    expect(text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1])).toBe(read('fixtures-expected/loop.ts'));
  });

  it('page.tsx and plain.js have one group each; ordered.ts none; broken.ts does not parse', () => {
    expect(messagesOf('page.tsx', 'typescriptreact')).toHaveLength(1);
    expect(messagesOf('plain.js', 'javascript')).toHaveLength(1);
    expect(messagesOf('ordered.ts', 'typescript')).toEqual([]);
    const broken = new DocumentLinter().lint(read('fixtures/broken.ts'), 'typescript', 'file:///broken.ts', DEFAULT_SETTINGS);
    expect(broken.kind).toBe('parse-error');
  });
});
