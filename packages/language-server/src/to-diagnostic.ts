import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

import type { LintedMessage } from './lint-document.js';
import { RULES, type Severity } from './settings.js';

export const DIAGNOSTIC_SOURCE = 'gather';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * A report as an LSP diagnostic, with the rule's id as its code and its doc as the code's link.
 * The range is the report's (a group's first await, a loop's head), placed by the document's own
 * line index: positions are offsets until here.
 */
export function toDiagnostic(message: LintedMessage, severity: Severity, document: TextDocument): Diagnostic {
  const url = RULES.get(message.ruleId.replace(/^gather\//, ''))?.meta.docs?.url;
  return {
    range: { start: document.positionAt(message.start), end: document.positionAt(message.end) },
    severity: SEVERITY[severity],
    source: DIAGNOSTIC_SOURCE,
    code: message.ruleId,
    ...(url ? { codeDescription: { href: url } } : {}),
    message: message.message,
  };
}
