import type { Linter } from 'eslint';
import gather from 'eslint-plugin-gather';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';

import type { Severity } from './settings.js';

export const DIAGNOSTIC_SOURCE = 'gather';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const DOCS_URL = gather.rules['no-sequential-await'].meta.docs?.url;

/**
 * An ESLint message as an LSP diagnostic. The range is the message's: the group's first await,
 * as the CLI reports it. A short squiggle on the await that starts the wait reads better than
 * one over a whole multi-line group, and the quick-fix shows what the group is.
 */
export function toDiagnostic(message: Linter.LintMessage, severity: Severity): Diagnostic {
  return {
    range: toRange(message),
    severity: SEVERITY[severity],
    source: DIAGNOSTIC_SOURCE,
    code: message.ruleId ?? undefined,
    ...(DOCS_URL ? { codeDescription: { href: DOCS_URL } } : {}),
    message: message.message,
  };
}

/** ESLint's 1-based lines and columns (end exclusive) as an LSP range (0-based). */
export function toRange(message: Pick<Linter.LintMessage, 'line' | 'column' | 'endLine' | 'endColumn'>): Range {
  const start = { line: message.line - 1, character: message.column - 1 };
  const end =
    message.endLine !== undefined && message.endColumn !== undefined
      ? { line: message.endLine - 1, character: message.endColumn - 1 }
      : start;
  return { start, end };
}
