import { CodeActionKind, TextDocumentEdit, TextEdit, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

import type { LintedMessage, LintedSuggestion } from './lint-document.js';

/** The kind of the "combine all" source action: `source.gather.combineAll`. */
export const COMBINE_ALL_KIND = `${CodeActionKind.Source}.gather.combineAll`;

/**
 * Each suggestion of a report as a quick-fix that carries its edit. The edit names the document
 * version it was computed on, so a client applies it to that text or not at all.
 */
export function suggestionsToCodeActions(message: LintedMessage, diagnostic: Diagnostic, document: TextDocument): CodeAction[] {
  return message.suggestions.map(suggestion => ({
    title: suggestion.desc,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: versionedEdit(document, [toTextEdit(document, suggestion)]),
  }));
}

/** `// eslint-disable-next-line <rule>` above the reported line, indented like it. */
export function disableForLineAction(message: LintedMessage, diagnostic: Diagnostic, document: TextDocument): CodeAction {
  const { line } = document.positionAt(message.start);
  const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
  return {
    title: `Disable ${message.ruleId} for this line`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: versionedEdit(document, [TextEdit.insert({ line, character: 0 }, `${indent}// eslint-disable-next-line ${message.ruleId}\n`)]),
  };
}

/** `/* eslint-disable <rule> *\/` at the top of the file (after a shebang). */
export function disableForFileAction(ruleId: string, diagnostics: Diagnostic[], document: TextDocument): CodeAction {
  const line = document.getText().startsWith('#!') ? 1 : 0;
  return {
    title: `Disable ${ruleId} for this file`,
    kind: CodeActionKind.QuickFix,
    diagnostics,
    edit: versionedEdit(document, [TextEdit.insert({ line, character: 0 }, `/* eslint-disable ${ruleId} */\n`)]),
  };
}

/**
 * The suggestions of a file that can be applied together: the first of each report, in order,
 * leaving out any that overlaps one before it (a loop rewrite and a group inside that loop).
 * Fresh names were chosen per scope across the whole run, so applied together they cannot clash.
 */
export function compatibleSuggestions(messages: readonly LintedMessage[]): LintedSuggestion[] {
  const suggestions = messages
    .map(message => message.suggestions[0])
    .filter((suggestion): suggestion is LintedSuggestion => suggestion !== undefined)
    .sort((a, b) => a.range[0] - b.range[0]);
  const chosen: LintedSuggestion[] = [];
  for (const suggestion of suggestions) {
    const previous = chosen.at(-1);
    if (!previous || previous.range[1] <= suggestion.range[0]) chosen.push(suggestion);
  }
  return chosen;
}

/** One source action that applies every compatible suggestion of the file at once; without its edit when the client resolves it later. */
export function combineAllAction(messages: readonly LintedMessage[], document: TextDocument, withEdit: boolean): CodeAction | null {
  const chosen = compatibleSuggestions(messages);
  if (chosen.length === 0) return null;
  return {
    title: `Combine all sequential awaits in this file (${chosen.length})`,
    kind: COMBINE_ALL_KIND,
    ...(withEdit ? { edit: combineAllEdit(chosen, document) } : { data: { uri: document.uri, version: document.version } }),
  };
}

export function combineAllEdit(suggestions: readonly LintedSuggestion[], document: TextDocument): WorkspaceEdit {
  return versionedEdit(
    document,
    suggestions.map(suggestion => toTextEdit(document, suggestion)),
  );
}

function toTextEdit(document: TextDocument, suggestion: LintedSuggestion): TextEdit {
  return TextEdit.replace({ start: document.positionAt(suggestion.range[0]), end: document.positionAt(suggestion.range[1]) }, suggestion.text);
}

function versionedEdit(document: TextDocument, edits: TextEdit[]): WorkspaceEdit {
  return { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, edits)] };
}
