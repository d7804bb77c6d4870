import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import {
  CodeActionRequest,
  CodeActionResolveRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExitNotification,
  FileChangeType,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  WorkDoneProgressCreateRequest,
  type CodeAction,
  type Diagnostic,
  type FileEvent,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type Registration,
} from 'vscode-languageserver-protocol';
import { StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const SERVER_ENTRY = fileURLToPath(new URL('../src/bin.ts', import.meta.url));

/**
 * A real LSP client for tests: spawns the server (`node --import tsx src/bin.ts --stdio`) and
 * speaks JSON-RPC to it over its stdin and stdout, answering `workspace/configuration` with the
 * settings the test sets, as an editor would.
 */
export class LspTestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  /** What the server registered dynamically (`client/registerCapability`). */
  readonly registrations: Registration[] = [];
  /** Work-done progress: the tokens the server created, and every report, in order. */
  readonly progress: { token: string | number; kind: string; message?: string; created: boolean }[] = [];
  readonly #progressTokens = new Set<string | number>();
  settings: Record<string, unknown> = {};
  /** Settings for one document (`scopeUri`), instead of `settings`. */
  readonly settingsByUri = new Map<string, Record<string, unknown>>();
  /** While set, `workspace/configuration` requests wait for it: a slow or silent client. */
  configurationGate: Promise<void> | null = null;
  /** How many `workspace/configuration` requests arrived. */
  configurationRequests = 0;
  readonly #process: ChildProcessWithoutNullStreams;
  readonly #connection: ProtocolConnection;
  readonly #versions = new Map<string, number>();
  readonly #waiters: (() => void)[] = [];

  /** `serverArguments`: how node starts the server; by default the sources through tsx. `env`: added to the server's environment. */
  constructor(serverArguments: readonly string[] = ['--import', 'tsx', SERVER_ENTRY], env: Record<string, string> = {}) {
    this.#process = spawn(process.execPath, [...serverArguments, '--stdio'], { stdio: 'pipe', env: { ...process.env, ...env } });
    this.#connection = createProtocolConnection(new StreamMessageReader(this.#process.stdout), new StreamMessageWriter(this.#process.stdin));
    this.#connection.onNotification(PublishDiagnosticsNotification.type, params => {
      this.published.push(params);
      this.#notify();
    });
    this.#connection.onNotification(LogMessageNotification.type, params => {
      this.logs.push(params.message);
      this.#notify();
    });
    this.#connection.onRequest(ConfigurationRequest.type, async params => {
      this.configurationRequests++;
      const settings = this.settings;
      if (this.configurationGate) await this.configurationGate;
      return params.items.map(item => this.settingsByUri.get(item.scopeUri ?? '') ?? settings);
    });
    this.#connection.onRequest(RegistrationRequest.type, params => {
      this.registrations.push(...params.registrations);
      this.#notify();
    });
    this.#connection.onRequest(WorkDoneProgressCreateRequest.type, params => {
      this.#progressTokens.add(params.token);
    });
    this.#connection.onNotification('$/progress', (params: { token: string | number; value: { kind: string; message?: string } }) => {
      this.progress.push({ token: params.token, ...params.value, created: this.#progressTokens.has(params.token) });
      this.#notify();
    });
    this.#connection.listen();
  }

  async initialize(
    capabilities: { resolveEdits?: boolean; configuration?: boolean; workDoneProgress?: boolean; watchedFiles?: boolean } = {},
  ): Promise<InitializeResult> {
    const result = await this.#connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      // required by the protocol's type, though deprecated in favour of workspaceFolders
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      rootUri: null,
      workspaceFolders: null,
      capabilities: {
        workspace: {
          configuration: capabilities.configuration ?? true,
          didChangeConfiguration: { dynamicRegistration: true },
          ...(capabilities.watchedFiles ? { didChangeWatchedFiles: { dynamicRegistration: true } } : {}),
        },
        ...(capabilities.resolveEdits ? { textDocument: { codeAction: { resolveSupport: { properties: ['edit'] } } } } : {}),
        ...(capabilities.workDoneProgress ? { window: { workDoneProgress: true } } : {}),
      },
    });
    await this.#connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  async open(uri: string, languageId: string, text: string): Promise<void> {
    this.#versions.set(uri, 1);
    await this.#connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole text; returns the new version. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.#versions.get(uri) ?? 0) + 1;
    this.#versions.set(uri, version);
    await this.#connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
    return version;
  }

  /** An incremental change of `range` (any numbers, even past the end); returns the new version. */
  async changeRange(uri: string, range: Range, text: string, version = (this.#versions.get(uri) ?? 0) + 1): Promise<number> {
    this.#versions.set(uri, version);
    await this.#connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range, text }],
    });
    return version;
  }

  /** Any notification, as written: for protocol abuse. */
  async notify(method: string, params: unknown): Promise<void> {
    await this.#connection.sendNotification(method, params);
  }

  resolveCodeAction(action: CodeAction): Promise<CodeAction> {
    return this.#connection.sendRequest(CodeActionResolveRequest.type, action);
  }

  /** The document was saved (the server asked for no text with it). */
  async save(uri: string): Promise<void> {
    await this.#connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Tells the server that files changed on disk, as an editor's file watcher does. */
  async filesChanged(uris: readonly string[]): Promise<void> {
    await this.#connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: uris.map((uri): FileEvent => ({ uri, type: FileChangeType.Changed })),
    });
  }

  async close(uri: string): Promise<void> {
    await this.#connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.#connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { gather: settings } });
  }

  codeActions(uri: string, range: Range, only?: string[]): Promise<CodeAction[]> {
    return this.#connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range,
      context: { diagnostics: [], ...(only ? { only } : {}) },
    }) as Promise<CodeAction[]>;
  }

  /** The next diagnostics published for `uri` after `since` publications that satisfy `accept`. */
  async diagnostics(uri: string, accept: (diagnostics: Diagnostic[], version?: number) => boolean = () => true, since = 0): Promise<PublishDiagnosticsParams> {
    return this.waitFor(() => this.published.slice(since).find(params => params.uri === uri && accept(params.diagnostics, params.version)));
  }

  async waitFor<T>(probe: () => T | undefined, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value !== undefined) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out; published: ${JSON.stringify(this.published.slice(-3))}; logs: ${this.logs.join(' | ')}`);
      await new Promise<void>(resolve => {
        const timer = setTimeout(resolve, left);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The server's process id, to read its memory. */
  get pid(): number {
    return this.#process.pid!;
  }

  get isRunning(): boolean {
    return this.#process.exitCode === null;
  }

  async stop(): Promise<void> {
    if (this.isRunning) {
      await this.#connection.sendRequest(ShutdownRequest.type);
      await this.#connection.sendNotification(ExitNotification.type);
    }
    this.#connection.dispose();
    this.#process.kill();
  }

  #notify(): void {
    for (const waiter of this.#waiters.splice(0)) waiter();
  }
}
