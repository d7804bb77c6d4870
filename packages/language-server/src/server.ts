import type { Linter } from 'eslint';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

import { DocumentLinter, MAX_DOCUMENT_LENGTH, type LintOutcome } from './lint-document.js';
import { DEFAULT_SETTINGS, normalizeSettings, type GatherSettings } from './settings.js';
import {
  combineAllAction,
  COMBINE_ALL_KIND,
  disableForFileAction,
  disableForLineAction,
  suggestionsToCodeActions,
} from './to-code-actions.js';
import { toDiagnostic } from './to-diagnostic.js';

/** How long to wait after the last keystroke before linting. */
export const LINT_DELAY_MS = 150;

/** A lint of one document version: its messages and the diagnostics made of them. */
interface LintResult {
  readonly version: number;
  readonly messages: readonly Linter.LintMessage[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Wires the LSP connection to ESLint: documents in, diagnostics and code actions out. Everything
 * about ESLint's output lives in `to-diagnostic.ts` and `to-code-actions.ts`; this file only
 * decides when to lint, with which settings, and what to publish.
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const linter = new DocumentLinter();
  const results = new Map<string, LintResult>();
  const timers = new Map<string, NodeJS.Timeout>();
  const settingsCache = new Map<string, Promise<GatherSettings>>();
  /** Documents whose current trouble (parse error, size) was logged already: log once, not per keystroke. */
  const loggedTrouble = new Map<string, string>();
  let pullsConfiguration = false;
  let globalSettings = DEFAULT_SETTINGS;

  connection.onInitialize((params): InitializeResult => {
    pullsConfiguration = params.capabilities.workspace?.configuration === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, COMBINE_ALL_KIND] },
      },
      serverInfo: { name: 'gather-language-server' },
    };
  });

  connection.onInitialized(() => {
    if (pullsConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'gather' });
    }
  });

  connection.onDidChangeConfiguration(change => {
    settingsCache.clear();
    results.clear(); // same text, other settings: every result is stale
    if (!pullsConfiguration) {
      globalSettings = normalizeSettings((change.settings as { gather?: unknown } | undefined)?.gather);
    }
    for (const document of documents.all()) schedule(document.uri, 0);
  });

  function settingsFor(uri: string): Promise<GatherSettings> {
    if (!pullsConfiguration) return Promise.resolve(globalSettings);
    let settings = settingsCache.get(uri);
    if (!settings) {
      settings = connection.workspace.getConfiguration({ scopeUri: uri, section: 'gather' }).then(
        normalizeSettings,
        () => DEFAULT_SETTINGS,
      );
      settingsCache.set(uri, settings);
    }
    return settings;
  }

  documents.onDidOpen(event => schedule(event.document.uri, 0));
  documents.onDidChangeContent(event => schedule(event.document.uri, LINT_DELAY_MS));
  documents.onDidClose(event => {
    const uri = event.document.uri;
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    results.delete(uri);
    settingsCache.delete(uri);
    loggedTrouble.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  /** Lints a document after `delay`; a newer change restarts the wait, so only the latest text is linted. */
  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void lintAndPublish(uri);
      }, delay),
    );
  }

  async function lintAndPublish(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    const result = await lint(document);
    // the document changed (or closed) while settings were fetched: that newer version is scheduled
    if (documents.get(uri)?.version !== document.version) return;
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics: [...result.diagnostics] });
  }

  async function lint(document: TextDocument): Promise<LintResult> {
    const cached = results.get(document.uri);
    if (cached?.version === document.version) return cached;
    const settings = await settingsFor(document.uri);
    const outcome = linter.lint(document.getText(), document.languageId, document.uri, settings);
    report(document, outcome);
    const messages = outcome.kind === 'linted' ? outcome.messages : [];
    const result: LintResult = {
      version: document.version,
      messages,
      diagnostics: messages.map(message => toDiagnostic(message, settings.severity)),
    };
    results.set(document.uri, result);
    return result;
  }

  /** Tells the output channel about documents we could not lint, once per kind of trouble. */
  function report(document: TextDocument, outcome: LintOutcome): void {
    const trouble =
      outcome.kind === 'parse-error'
        ? `does not parse (line ${outcome.line}: ${outcome.message}); no diagnostics until it does`
        : outcome.kind === 'skipped' && outcome.reason === 'too-large'
          ? `is larger than ${MAX_DOCUMENT_LENGTH} characters; skipped`
          : outcome.kind === 'crashed'
            ? `made the rule fail: ${outcome.error instanceof Error ? (outcome.error.stack ?? outcome.error.message) : String(outcome.error)}`
            : null;
    if (trouble === null) {
      loggedTrouble.delete(document.uri);
      return;
    }
    const kind = outcome.kind === 'skipped' ? outcome.reason : outcome.kind;
    if (loggedTrouble.get(document.uri) === kind) return;
    loggedTrouble.set(document.uri, kind);
    const line = `${document.uri} ${trouble}`;
    if (outcome.kind === 'crashed') connection.console.error(line);
    else connection.console.info(line);
  }

  connection.onCodeAction(async (params: CodeActionParams): Promise<CodeAction[]> => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    // always the current version: a result for older text would give edits at wrong offsets
    const result = await lint(document);
    if (documents.get(document.uri)?.version !== result.version) return [];
    const only = params.context.only;
    const wants = (kind: string): boolean => !only || only.some(requested => kind === requested || kind.startsWith(`${requested}.`));
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) {
      result.messages.forEach((message, index) => {
        const diagnostic = result.diagnostics[index]!;
        if (!overlaps(diagnostic.range, params.range)) return;
        actions.push(...suggestionsToCodeActions(message, diagnostic, document));
        actions.push(disableForLineAction(message, diagnostic, document));
        actions.push(disableForFileAction(diagnostic, document));
      });
    }
    if (wants(COMBINE_ALL_KIND)) {
      const combineAll = combineAllAction(result.messages, document);
      if (combineAll) actions.push(combineAll);
    }
    return actions;
  });

  documents.listen(connection);
}

function overlaps(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  const before = (x: Diagnostic['range']['start'], y: Diagnostic['range']['start']): boolean =>
    x.line < y.line || (x.line === y.line && x.character < y.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}
