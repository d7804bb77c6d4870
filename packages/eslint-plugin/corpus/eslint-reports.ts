/**
 * ESLint's side of a comparison with oxlint (corpus/oxlint.ts): our rules' reports for a list of
 * files, linted as the corpus run lints them, and each file's text with its suggestions applied.
 */
import { readFileSync } from 'node:fs';

import type { CorpusFile } from './fetch-corpus.js';
import { lintFile, type LintedFile } from './lint-corpus-file.js';
import type { ToolReport } from './oxlint.js';

function asCorpusFile(file: string): CorpusFile {
  return { path: file, packageName: '', typescript: /\.[cm]?tsx?$/.test(file) };
}

function lintedFiles(files: readonly string[]): LintedFile[] {
  return files.flatMap(file => {
    const result = lintFile(asCorpusFile(file), readFileSync(file, 'utf8'));
    return result.kind === 'linted' ? [result] : [];
  });
}

export function eslintReports(files: readonly string[]): ToolReport[] {
  return lintedFiles(files).flatMap(linted =>
    linted.messages.map(message => ({ file: linted.file.path, ruleId: message.ruleId!, line: message.line, column: message.column, message: message.message })),
  );
}

/**
 * Each file's text with the first suggestion of every report applied, as one pass; a file whose
 * suggestions overlap (a loop and a group inside it) is left out.
 */
export function eslintWithSuggestionsApplied(files: readonly string[]): Map<string, string> {
  const applied = new Map<string, string>();
  for (const linted of lintedFiles(files)) {
    const fixes = linted.messages
      .map(message => message.suggestions?.[0]?.fix)
      .filter(fix => fix !== undefined)
      .sort((a, b) => a.range[0] - b.range[0]);
    if (fixes.some((fix, index) => index > 0 && fixes[index - 1]!.range[1] > fix.range[0])) continue;
    let text = '';
    let position = 0;
    for (const fix of fixes) {
      text += linted.text.slice(position, fix.range[0]) + fix.text;
      position = fix.range[1];
    }
    applied.set(linted.file.path, text + linted.text.slice(position));
  }
  return applied;
}
