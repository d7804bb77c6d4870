import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  WatchKind,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type FileSystemWatcher,
  type InitializeResult,
  type WorkDoneProgressServerReporter,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

import { MAX_DOCUMENT_LENGTH, type LintedMessage } from './lint-document.js';
import { LintRunner, LINT_TIME_BUDGET_MS, type LintHooks, type RunOutcome } from './lint-runner.js';
import { DEFAULT_SETTINGS, normalizeSettings, type GatherSettings } from './settings.js';
import { createTextDocuments } from './text-documents.js';
import {
  combineAllAction,
  combineAllEdit,
  compatibleSuggestions,
  COMBINE_ALL_KIND,
  disableForFileAction,
  disableForLineAction,
  suggestionsToCodeActions,
} from './to-code-actions.js';
import { toDiagnostic } from './to-diagnostic.js';

/**
 * How long to wait after the last keystroke before linting. A change that reaches an idle server
 * is linted at once when the document lints fast (LINT_AT_ONCE_UNDER_MS): waiting would only add
 * to the latency. A slow document waits for the keystrokes to settle, since a lint started at
 * the first one would be stale before it ends and delay the lint of the final text.
 */
export const LINT_DELAY_MS = 150;
/** A document whose last lint took less than this is linted at once when the server is idle. */
export const LINT_AT_ONCE_UNDER_MS = 500;
/** While someone types without pause, the latest text is still linted this often. */
export const MAX_LINT_WAIT_MS = 400;
/** How long to wait for the client's `workspace/configuration` answer before linting with the defaults. */
export const CONFIGURATION_WAIT_MS = 2_000;
/**
 * A lint still running after this long shows as work-done progress in clients that support it
 * (VS Code's status bar, Neovim's progress handlers); `GATHER_PROGRESS_AFTER_MS` overrides it.
 */
export const PROGRESS_AFTER_MS = progressAfterMs(process.env.GATHER_PROGRESS_AFTER_MS);

function progressAfterMs(override: string | undefined): number {
  const value = override === undefined || override.trim() === '' ? NaN : Number(override);
  // timers take at most 2^31 - 1 ms; a larger value (or Infinity) means "hardly ever", not "at once"
  return Number.isFinite(value) && value >= 0 ? Math.min(value, 2_147_483_647) : 500;
}

/** What asked for a lint: typing, a save, or anything else (opening, settings, files on disk). */
type LintCause = 'typing' | 'saved' | 'other';

/**
 * A lint of one exact text of one open document. A result is used only for that document (a
 * document closed and opened again is a new one) while its text is still that text, and only with
 * the settings it was computed with: a version number alone can repeat.
 */
interface LintResult {
  readonly document: TextDocument;
  readonly text: string;
  readonly settingsEpoch: number;
  /**
   * The document's own version of what its lint reads besides the text: a late
   * `workspace/configuration` answer makes a new one, and so does a change of a file on disk.
   */
  readonly contextVersion: number;
  readonly messages: readonly LintedMessage[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Wires the LSP connection to the linter: documents in, diagnostics and code actions out. What
 * ESLint's reports become lives in `to-diagnostic.ts` and `to-code-actions.ts`, how a lint runs
 * in `lint-runner.ts`; this file decides when to lint, with which settings, and what to publish.
 */
export function startServer(connection: Connection, runner = new LintRunner()): void {
  const documents = createTextDocuments();
  const results = new Map<string, LintResult>();
  const inFlight = new Map<string, { key: LintKey; promise: Promise<LintResult | null> }>();
  const timers = new Map<string, NodeJS.Timeout>();
  const pendingSince = new Map<string, number>();
  /** Why each waiting lint was asked for (see `schedule`). */
  const pendingCauses = new Map<string, Set<LintCause>>();
  /** How long each document's last lint took, from its start: fast ones are linted at once. */
  const lastLintMs = new Map<string, number>();
  const settingsCache = new Map<string, Promise<GatherSettings>>();
  /** Documents abandoned for time or memory, with the length that was: not linted again until they shrink. */
  const tooSlow = new Map<string, number>();
  /** Documents whose current trouble was logged already: log once, not per keystroke. */
  const loggedTrouble = new Map<string, string>();
  const loggedSettingsProblems = new Set<string>();
  let settingsEpoch = 0;
  const contextVersions = new Map<string, number>();
  const contextVersionOf = (uri: string): number => contextVersions.get(uri) ?? 0;
  let pullsConfiguration = false;
  let resolvesEdits = false;
  let reportsProgress = false;
  let watchesFiles = false;
  let globalSettings = DEFAULT_SETTINGS;

  connection.onInitialize((params): InitializeResult => {
    pullsConfiguration = params.capabilities.workspace?.configuration === true;
    resolvesEdits = params.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true;
    reportsProgress = params.capabilities.window?.workDoneProgress === true;
    watchesFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, COMBINE_ALL_KIND], ...(resolvesEdits ? { resolveProvider: true } : {}) },
      },
      serverInfo: { name: 'gather-language-server' },
    };
  });

  connection.onInitialized(() => {
    if (pullsConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'gather' });
    // the rules read the modules a saved document imports: a change of one on disk changes the answer
    if (watchesFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHERS });
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    if (changes.some(change => isImportableSource(change.uri))) filesChanged();
  });

  connection.onShutdown(() => runner.dispose());

  let saidParser = false;
  runner.onWorkerReady = ({ typescriptParser }) => {
    if (saidParser) return;
    saidParser = true;
    if (typescriptParser === 'oxc') connection.console.info('TypeScript is parsed with oxc-parser, to the same AST and reports as typescript-eslint');
    else
      connection.console.info("oxc-parser has no binding for this platform here: TypeScript is parsed with typescript-eslint's parser (slower, same reports)");
  };

  connection.onDidChangeConfiguration(change => {
    if (!pullsConfiguration) globalSettings = checked(normalizeSettings((change.settings as { gather?: unknown } | undefined)?.gather));
    settingsChanged();
  });

  /** Same text, other settings: every result is stale, and a document that was too slow may not be. */
  function settingsChanged(): void {
    settingsEpoch++;
    settingsCache.clear();
    results.clear();
    tooSlow.clear();
    for (const document of documents.all()) schedule(document.uri, 0);
  }

  /**
   * A source file changed on disk (saved, edited elsewhere, a branch switched): documents saved
   * on disk are linted again, once the changes settle, since any of them may import it.
   */
  function filesChanged(): void {
    for (const document of documents.all()) {
      const uri = document.uri;
      if (!uri.startsWith('file:')) continue;
      // a lint under way may have read the file before it changed: its result must not count
      contextVersions.set(uri, contextVersionOf(uri) + 1);
      results.delete(uri);
      // a document that was too slow with the old files may not be with the new ones: one more try
      tooSlow.delete(uri);
      schedule(uri, LINT_DELAY_MS);
    }
  }

  function checked({ settings, problems }: ReturnType<typeof normalizeSettings>): GatherSettings {
    for (const problem of problems) {
      if (loggedSettingsProblems.has(problem)) continue;
      loggedSettingsProblems.add(problem);
      connection.console.warn(`settings: ${problem}`);
    }
    return settings;
  }

  function settingsFor(uri: string): Promise<GatherSettings> {
    if (!pullsConfiguration) return Promise.resolve(globalSettings);
    let settings = settingsCache.get(uri);
    if (settings) return settings;
    let answered = false;
    const request = connection.workspace.getConfiguration({ scopeUri: uri, section: 'gather' }).then(
      raw => checked(normalizeSettings(raw)),
      () => DEFAULT_SETTINGS,
    );
    const fallback = new Promise<GatherSettings>(resolve =>
      setTimeout(() => {
        resolve(DEFAULT_SETTINGS);
      }, CONFIGURATION_WAIT_MS).unref(),
    );
    settings = Promise.race([request.then(answer => ((answered = true), answer)), fallback]);
    settingsCache.set(uri, settings);
    void settings.then(() => {
      if (answered) return;
      logTroubleOnce(
        uri,
        'configuration',
        `${uri}: the client did not answer workspace/configuration within ${CONFIGURATION_WAIT_MS} ms; linting with the default settings`,
        'warn',
      );
      // a late answer still counts: lint again with it
      void request.then(answer => {
        if (settingsCache.get(uri) !== settings) return;
        settingsCache.set(uri, Promise.resolve(answer));
        // a lint with the defaults may be under way: its result must not count as the answer's
        contextVersions.set(uri, contextVersionOf(uri) + 1);
        results.delete(uri);
        schedule(uri, 0);
      });
    });
    return settings;
  }

  documents.onDidOpen(event => {
    schedule(event.document.uri, 0);
  });
  documents.onDidChangeContent(event => {
    const uri = event.document.uri;
    // idle (nothing linting, nothing waiting for this document) and fast: lint now; else let the keystrokes settle
    const idle = inFlight.size === 0 && !timers.has(uri);
    const fast = (lastLintMs.get(uri) ?? 0) < LINT_AT_ONCE_UNDER_MS;
    schedule(uri, idle && fast ? 0 : LINT_DELAY_MS, 'typing');
  });
  documents.onDidSave(event => {
    schedule(event.document.uri, 0, 'saved');
  });
  documents.onDidClose(event => {
    const uri = event.document.uri;
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    pendingSince.delete(uri);
    pendingCauses.delete(uri);
    lastLintMs.delete(uri);
    contextVersions.delete(uri);
    results.delete(uri);
    inFlight.delete(uri);
    settingsCache.delete(uri);
    tooSlow.delete(uri);
    loggedTrouble.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  /**
   * Lints a document after `delay`; a newer change restarts the wait, so only the latest text is
   * linted, but no later than MAX_LINT_WAIT_MS after the first change that is still waiting. What
   * asked for it decides under `gather.run`: typing lints only `onType`, a save only `onSave`,
   * anything else (opening, settings, files on disk) always; of several waiting, any that lints.
   */
  function schedule(uri: string, delay: number, cause: LintCause = 'other'): void {
    clearTimeout(timers.get(uri));
    const now = Date.now();
    const since = pendingSince.get(uri) ?? now;
    pendingSince.set(uri, since);
    const causes = pendingCauses.get(uri) ?? new Set<LintCause>();
    causes.add(cause);
    pendingCauses.set(uri, causes);
    const wait = Math.max(0, Math.min(delay, since + MAX_LINT_WAIT_MS - now));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        pendingSince.delete(uri);
        pendingCauses.delete(uri);
        void lintAndPublish(uri, causes);
      }, wait),
    );
  }

  async function lintAndPublish(uri: string, causes: ReadonlySet<LintCause>): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    if (!causes.has('other')) {
      const { run } = await settingsFor(uri);
      if (!causes.has(run === 'onType' ? 'typing' : 'saved')) return;
    }
    const result = await lint(document);
    // published only for the text it was computed from, while that document is still open
    if (!result || !isCurrent(result)) return;
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics: [...result.diagnostics] });
  }

  function isCurrent(result: LintResult): boolean {
    return (
      documents.get(result.document.uri) === result.document &&
      result.document.getText() === result.text &&
      result.settingsEpoch === settingsEpoch &&
      result.contextVersion === contextVersionOf(result.document.uri)
    );
  }

  type LintKey = { readonly document: TextDocument; readonly text: string; readonly settingsEpoch: number; readonly contextVersion: number };

  /** The lint of the document's current text: cached, shared with a lint of the same text under way, or started. */
  function lint(document: TextDocument): Promise<LintResult | null> {
    const key: LintKey = { document, text: document.getText(), settingsEpoch, contextVersion: contextVersionOf(document.uri) };
    const same = (other: LintKey): boolean =>
      other.document === key.document && other.text === key.text && other.settingsEpoch === key.settingsEpoch && other.contextVersion === key.contextVersion;
    const cached = results.get(document.uri);
    if (cached && same(cached)) return Promise.resolve(cached);
    const running = inFlight.get(document.uri);
    if (running && same(running.key)) return running.promise;
    const promise = compute(key).finally(() => {
      if (inFlight.get(document.uri)?.promise === promise) inFlight.delete(document.uri);
    });
    inFlight.set(document.uri, { key, promise });
    return promise;
  }

  /**
   * The hooks of one lint: skipped if its text is stale when its turn comes; timed from its start;
   * shown as progress once it has run PROGRESS_AFTER_MS (in clients that support it), and ended with it.
   */
  function lintHooks(uri: string, wanted: () => boolean): { hooks: LintHooks; finish: () => void } {
    let started: number | null = null;
    let finished = false;
    let timer: NodeJS.Timeout | undefined;
    let progress: WorkDoneProgressServerReporter | null = null;
    const hooks: LintHooks = {
      stillWanted: wanted,
      onStart: () => {
        started = Date.now();
        if (!reportsProgress) return;
        timer = setTimeout(() => {
          connection.window.createWorkDoneProgress().then(
            reporter => {
              if (finished) {
                reporter.done();
                return;
              }
              progress = reporter;
              reporter.begin('Gather', undefined, `linting ${uri.slice(uri.lastIndexOf('/') + 1)}`);
            },
            () => undefined,
          );
        }, PROGRESS_AFTER_MS);
      },
    };
    const finish = (): void => {
      finished = true;
      clearTimeout(timer);
      progress?.done();
      if (started !== null) lastLintMs.set(uri, Date.now() - started);
    };
    return { hooks, finish };
  }

  async function runWith(uri: string, wanted: () => boolean, run: (hooks: LintHooks) => Promise<RunOutcome>): Promise<RunOutcome> {
    const { hooks, finish } = lintHooks(uri, wanted);
    try {
      return await run(hooks);
    } finally {
      finish();
    }
  }

  async function compute({ document, text, settingsEpoch: epoch, contextVersion: version }: LintKey): Promise<LintResult | null> {
    const uri = document.uri;
    const settings = await settingsFor(uri);
    const slowLength = tooSlow.get(uri);
    // a document that was abandoned stays skipped until it is clearly smaller: each try would cost a whole budget
    const stillTooSlow = slowLength !== undefined && text.length >= slowLength * 0.9;
    const outcome: RunOutcome = stillTooSlow
      ? { kind: 'abandoned', reason: 'time', detail: 'too slow before' }
      : await runWith(
          uri,
          () => documents.get(uri) === document && document.getText() === text && epoch === settingsEpoch && version === contextVersionOf(uri),
          hooks => runner.lint(text, document.languageId, uri, settings, hooks),
        );
    if (documents.get(uri) !== document || outcome.kind === 'superseded') return null;
    if (outcome.kind === 'abandoned' && outcome.reason !== 'exit') tooSlow.set(uri, Math.min(text.length, slowLength ?? Infinity));
    else tooSlow.delete(uri);
    report(uri, outcome);
    const messages = outcome.kind === 'linted' ? outcome.messages : [];
    // positions from the text that was linted: the document may have changed meanwhile
    const snapshot = TextDocument.create(uri, document.languageId, document.version, text);
    const result: LintResult = {
      document,
      text,
      settingsEpoch: epoch,
      contextVersion: version,
      messages,
      diagnostics: messages.map(message => toDiagnostic(message, settings.severity, snapshot)),
    };
    if (epoch === settingsEpoch && version === contextVersionOf(uri)) results.set(uri, result);
    return result;
  }

  /** Tells the output channel about documents we could not lint, once per kind of trouble. */
  function report(uri: string, outcome: RunOutcome): void {
    switch (outcome.kind) {
      case 'parse-error': {
        logTroubleOnce(uri, outcome.kind, `${uri} does not parse (line ${outcome.line}: ${cut(outcome.message)}); no diagnostics until it does`, 'info');
        return;
      }
      case 'skipped':
        if (outcome.reason === 'too-large') {
          logTroubleOnce(uri, outcome.reason, `${uri} is larger than ${MAX_DOCUMENT_LENGTH} characters; skipped`, 'info');
          return;
        }
        return;
      case 'abandoned': {
        logTroubleOnce(
          uri,
          outcome.kind,
          outcome.reason === 'exit'
            ? `${uri}: ${outcome.detail}; skipped this version`
            : `${uri} skipped: linting it ${outcome.reason === 'time' ? `took longer than ${LINT_TIME_BUDGET_MS} ms` : 'ran out of memory'}; it is linted again once it is smaller or reopened`,
          'warn',
        );
        return;
      }
      case 'crashed': {
        logTroubleOnce(uri, outcome.kind, `${uri} made the rule fail: ${cut(outcome.error, 4_000)}`, 'error');
        return;
      }
      case 'linted':
        loggedTrouble.delete(uri);
        return;
    }
  }

  function logTroubleOnce(uri: string, kind: string, line: string, level: 'info' | 'warn' | 'error'): void {
    if (loggedTrouble.get(uri) === kind) return;
    loggedTrouble.set(uri, kind);
    connection.console[level](line);
  }

  connection.onCodeAction(async (params: CodeActionParams): Promise<CodeAction[]> => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    // always the current text: a result for other text would give edits at wrong offsets
    const result = await lint(document);
    if (!result || !isCurrent(result)) return [];
    const only = params.context.only;
    const wants = (kind: string): boolean => !only || only.some(requested => kind === requested || kind.startsWith(`${requested}.`));
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) {
      const disableForFile = new Map<string, Diagnostic[]>();
      result.messages.forEach((message, index) => {
        const diagnostic = result.diagnostics[index]!;
        if (!overlaps(diagnostic.range, params.range)) return;
        actions.push(...suggestionsToCodeActions(message, diagnostic, document));
        actions.push(disableForLineAction(message, diagnostic, document));
        disableForFile.set(message.ruleId, [...(disableForFile.get(message.ruleId) ?? []), diagnostic]);
      });
      for (const [ruleId, diagnostics] of disableForFile) actions.push(disableForFileAction(ruleId, diagnostics, document));
    }
    if (wants(COMBINE_ALL_KIND)) {
      const combineAll = combineAllAction(result.messages, document, !resolvesEdits);
      if (combineAll) actions.push(combineAll);
    }
    return actions;
  });

  connection.onCodeActionResolve(async action => {
    const data = action.data as { uri?: unknown; version?: unknown } | undefined;
    const document = typeof data?.uri === 'string' ? documents.get(data.uri) : undefined;
    if (!document || document.version !== data?.version) return action;
    const result = await lint(document);
    if (!result || !isCurrent(result) || document.version !== data.version) return action;
    return { ...action, edit: combineAllEdit(compatibleSuggestions(result.messages), document) };
  });

  documents.listen(connection);
}

/**
 * What the client is asked to watch: every change of a file a relative import may name, and
 * anything created or deleted (a folder renamed or deleted may be reported alone, without its files).
 */
const SOURCE_EXTENSIONS = ['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts'];
const WATCHERS: FileSystemWatcher[] = [
  { globPattern: `**/*.{${SOURCE_EXTENSIONS.join(',')}}` },
  { globPattern: '**/*', kind: WatchKind.Create | WatchKind.Delete },
];

/**
 * Whether a changed file may be a module a document imports relatively: a source file outside
 * `node_modules`, or a folder (a folder deleted or renamed may be reported alone, without its files).
 */
function isImportableSource(uri: string): boolean {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : null;
  return uri.startsWith('file:') && (extension === null || SOURCE_EXTENSIONS.includes(extension)) && !/[\\/]node_modules(?:[\\/]|$)/.test(uri);
}

function overlaps(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  const before = (x: Diagnostic['range']['start'], y: Diagnostic['range']['start']): boolean =>
    x.line < y.line || (x.line === y.line && x.character < y.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** A line for the log of bounded length. */
function cut(text: string, limit = 300): string {
  return text.length > limit ? `${text.slice(0, limit)}… (${text.length} characters)` : text;
}
