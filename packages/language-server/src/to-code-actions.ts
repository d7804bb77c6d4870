import type { Linter } from 'eslint';
import {
  CodeActionKind,
  TextDocumentEdit,
  TextEdit,
  type CodeAction,
  type Diagnostic,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

import { RULE_ID } from './lint-document.js';

/** The kind of the "combine all" source action: `source.gather.combineAll`. */
export const COMBINE_ALL_KIND = `${CodeActionKind.Source}.gather.combineAll`;

/**
 * Each suggestion of a message as a quick-fix that carries its edit. The edit names the document
 * version it was computed on, so a client applies it to that text or not at all.
 */
export function suggestionsToCodeActions(message: Linter.LintMessage, diagnostic: Diagnostic, document: TextDocument): CodeAction[] {
  return (message.suggestions ?? []).map(suggestion => ({
    title: suggestion.desc,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: versionedEdit(document, [toTextEdit(document, suggestion.fix)]),
  }));
}

/** `// eslint-disable-next-line gather/no-sequential-await` above the reported line, indented like it. */
export function disableForLineAction(message: Linter.LintMessage, diagnostic: Diagnostic, document: TextDocument): CodeAction {
  const line = message.line - 1;
  const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
  return {
    title: `Disable ${RULE_ID} for this line`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: versionedEdit(document, [TextEdit.insert({ line, character: 0 }, `${indent}// eslint-disable-next-line ${RULE_ID}\n`)]),
  };
}

/** `/* eslint-disable gather/no-sequential-await *\/` at the top of the file (after a shebang). */
export function disableForFileAction(diagnostic: Diagnostic, document: TextDocument): CodeAction {
  const line = document.getText().startsWith('#!') ? 1 : 0;
  return {
    title: `Disable ${RULE_ID} for this file`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: versionedEdit(document, [TextEdit.insert({ line, character: 0 }, `/* eslint-disable ${RULE_ID} */\n`)]),
  };
}

/**
 * One source action that applies every suggestion of the file at once. Suggestions are computed
 * on the same text; overlapping ones (none, for groups of one rule run) are left for later.
 * Fresh names were chosen per scope across the whole run, so applied together they cannot clash.
 */
export function combineAllAction(messages: readonly Linter.LintMessage[], document: TextDocument): CodeAction | null {
  const fixes = messages
    .map(message => message.suggestions?.[0]?.fix)
    .filter((fix): fix is NonNullable<typeof fix> => fix !== undefined)
    .sort((a, b) => a.range[0] - b.range[0]);
  const chosen: typeof fixes = [];
  for (const fix of fixes) {
    const previous = chosen.at(-1);
    if (!previous || previous.range[1] <= fix.range[0]) chosen.push(fix);
  }
  if (chosen.length === 0) return null;
  return {
    title: `Combine all sequential awaits in this file (${chosen.length})`,
    kind: COMBINE_ALL_KIND,
    edit: versionedEdit(document, chosen.map(fix => toTextEdit(document, fix))),
  };
}

function toTextEdit(document: TextDocument, fix: Linter.LintSuggestion['fix']): TextEdit {
  return TextEdit.replace({ start: document.positionAt(fix.range[0]), end: document.positionAt(fix.range[1]) }, fix.text);
}

function versionedEdit(document: TextDocument, edits: TextEdit[]): WorkspaceEdit {
  return { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, edits)] };
}
