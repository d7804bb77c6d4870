import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

import type { LintOutcome } from './lint-document.js';
import type { GatherSettings } from './settings.js';

export interface LintRequest {
  readonly id: number;
  readonly text: string;
  readonly languageId: string;
  readonly uri: string;
  readonly settings: GatherSettings;
}

export interface LintResponse {
  readonly id: number;
  readonly outcome: LintOutcome;
}

/** The worker's first message: its modules are loaded, and TypeScript is parsed by this parser. */
export interface WorkerReady {
  readonly ready: true;
  readonly typescriptParser: 'oxc' | 'typescript-eslint';
}

/** What a lint gave: the linter's outcome, that it was abandoned, or that nobody wanted it any more when its turn came. */
export type RunOutcome =
  LintOutcome | { readonly kind: 'abandoned'; readonly reason: 'time' | 'memory' | 'exit'; readonly detail: string } | { readonly kind: 'superseded' };

/** What the caller of a lint learns while it waits: when its turn comes, whether it is still wanted; then that it started. */
export interface LintHooks {
  /** Asked when the lint's turn comes: a lint of a text that changed meanwhile is skipped. */
  readonly stillWanted?: () => boolean;
  /** Called when the lint starts (after the lints queued before it). */
  readonly onStart?: () => void;
}

/** How long one lint may take before it is abandoned; `GATHER_LINT_TIME_BUDGET_MS` overrides it (slow machines, tests). */
export const LINT_TIME_BUDGET_MS = Number(process.env.GATHER_LINT_TIME_BUDGET_MS) > 0 ? Number(process.env.GATHER_LINT_TIME_BUDGET_MS) : 5_000;

/** The worker's heap limit: a document that needs more is abandoned, the server lives on. */
const WORKER_HEAP_MB = 1_536;

/**
 * Runs lints one at a time on a worker thread, each within a time budget. A lint over budget, or
 * one that exhausts the worker's heap, ends the worker: its caller gets `abandoned`, and the next
 * lint starts a fresh worker, so one slow file delays the others by one budget at most.
 */
export class LintRunner {
  readonly #budgetMs: number;
  readonly #workerUrl: URL;
  #worker: { readonly thread: Worker; readonly ready: Promise<boolean> } | null = null;
  #nextId = 1;
  #queue: Promise<unknown> = Promise.resolve();
  /** Called each time a worker has started (the server says once which parser reads TypeScript). */
  onWorkerReady: ((ready: WorkerReady) => void) | undefined;

  constructor(budgetMs = LINT_TIME_BUDGET_MS, workerUrl = defaultWorkerUrl()) {
    this.#budgetMs = budgetMs;
    this.#workerUrl = workerUrl;
  }

  /** Lints once every lint queued before has finished, unless it is no longer wanted by then. */
  lint(text: string, languageId: string, uri: string, settings: GatherSettings, hooks: LintHooks = {}): Promise<RunOutcome> {
    const run = this.#queue.then(() => {
      if (hooks.stillWanted && !hooks.stillWanted()) return { kind: 'superseded' } as const;
      hooks.onStart?.();
      return this.#run({ id: this.#nextId++, text, languageId, uri, settings });
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async dispose(): Promise<void> {
    const worker = this.#worker;
    this.#worker = null;
    await worker?.thread.terminate();
  }

  async #run(request: LintRequest): Promise<RunOutcome> {
    const current = this.#ensureWorker();
    const worker = current.thread;
    // starting a worker loads ESLint and the parsers: the budget is for the lint alone
    if (!(await current.ready)) {
      if (this.#worker === current) this.#worker = null;
      return { kind: 'abandoned', reason: 'exit', detail: 'the lint worker did not start' };
    }
    return new Promise<RunOutcome>(resolve => {
      const settle = (outcome: RunOutcome): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve(outcome);
      };
      const abandon = (reason: 'time' | 'memory' | 'exit', detail: string): void => {
        if (this.#worker === current) this.#worker = null;
        void worker.terminate();
        settle({ kind: 'abandoned', reason, detail });
      };
      const onMessage = (response: LintResponse): void => {
        if (response.id === request.id) settle(response.outcome);
      };
      const onError = (error: Error & { code?: string }): void => {
        abandon(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'exit', error.message);
      };
      const onExit = (code: number): void => {
        abandon('exit', `the lint worker exited with code ${code}`);
      };
      const timer = setTimeout(() => {
        abandon('time', `took longer than ${this.#budgetMs} ms`);
      }, this.#budgetMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(request);
    });
  }

  #ensureWorker(): { readonly thread: Worker; readonly ready: Promise<boolean> } {
    if (!this.#worker) {
      const options = { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
      // from sources (tests, benchmarks) the worker registers tsx itself: workers do not inherit its hooks
      const thread = this.#workerUrl.pathname.endsWith('.ts')
        ? new Worker(`import('tsx/esm/api').then(api => { api.register(); return import(${JSON.stringify(this.#workerUrl.href)}); })`, {
            ...options,
            eval: true,
          })
        : new Worker(this.#workerUrl, options);
      thread.unref();
      const ready = new Promise<boolean>(resolve => {
        const onMessage = (message: Partial<WorkerReady>): void => {
          if (!message.ready) return;
          done(true);
          this.onWorkerReady?.(message as WorkerReady);
        };
        const done = (started: boolean): void => {
          thread.off('message', onMessage);
          thread.off('error', onFailure);
          thread.off('exit', onFailure);
          resolve(started);
        };
        const onFailure = (): void => {
          done(false);
        };
        thread.on('message', onMessage);
        thread.on('error', onFailure);
        thread.on('exit', onFailure);
      });
      this.#worker = { thread, ready };
    }
    return this.#worker;
  }
}

/** The worker beside this module: `lint-worker.js` when built or bundled, `lint-worker.ts` from sources (tests run those through tsx). */
function defaultWorkerUrl(): URL {
  const extension = extname(fileURLToPath(import.meta.url));
  return new URL(`./lint-worker${extension}`, import.meta.url);
}
