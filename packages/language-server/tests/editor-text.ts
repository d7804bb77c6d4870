import type { Range } from 'vscode-languageserver-protocol';

import { DocumentLinter, type LintedMessage } from '../src/lint-document.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';

/**
 * What an editor's copy of a document is after an edit, written apart from the server's code so
 * that tests compare two implementations: LSP lines end at `\n`, `\r\n` or `\r` (not at U+2028),
 * a position past the end of its line is the line's end, a line past the last is the end of the
 * text, a negative number is 0, and a range given end first is the same range.
 */
export function applyEdit(text: string, range: Range, newText: string): string {
  let start = offsetAt(text, range.start);
  let end = offsetAt(text, range.end);
  if (end < start) [start, end] = [end, start];
  return text.slice(0, start) + newText + text.slice(end);
}

export function offsetAt(text: string, position: { line: number; character: number }): number {
  const starts = lineStarts(text);
  const line = Math.max(0, Math.trunc(position.line));
  if (line >= starts.length) return text.length;
  const lineStart = starts[line]!;
  let lineEnd = line + 1 < starts.length ? starts[line + 1]! : text.length;
  while (lineEnd > lineStart && (text[lineEnd - 1] === '\n' || text[lineEnd - 1] === '\r')) lineEnd--;
  return Math.min(lineStart + Math.max(0, Math.trunc(position.character)), lineEnd);
}

export function positionAt(text: string, offset: number): { line: number; character: number } {
  const starts = lineStarts(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
  return { line, character: offset - starts[line]! };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    const code = text[index];
    if (code === '\r' && text[index + 1] === '\n') index++;
    if (code === '\n' || code === '\r') starts.push(index + 1);
  }
  return starts;
}

const linter = new DocumentLinter();

/** The reports an in-process lint gives for a text, with default settings. */
export function expectedMessages(text: string, languageId = 'typescript', uri = 'file:///workspace/a.ts'): readonly LintedMessage[] {
  const outcome = linter.lint(text, languageId, uri, DEFAULT_SETTINGS);
  return outcome.kind === 'linted' ? outcome.messages : [];
}

/** The diagnostics' ranges for those reports, placed on the editor's lines. */
export function expectedRanges(text: string, languageId?: string, uri?: string): Range[] {
  return expectedMessages(text, languageId, uri).map(message => ({ start: positionAt(text, message.start), end: positionAt(text, message.end) }));
}
