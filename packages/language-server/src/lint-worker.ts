// The worker thread that lints: the server's main thread stays free to answer the editor, and a
// lint that takes too long or too much memory can be abandoned by ending this thread.
import { parentPort } from 'node:worker_threads';

import { DocumentLinter } from './lint-document.js';
import type { LintRequest, LintResponse, WorkerReady } from './lint-runner.js';
import { oxcLoaded } from './parser/oxc-typescript-parser.js';

const linter = new DocumentLinter();

parentPort!.on('message', (request: LintRequest) => {
  const outcome = linter.lint(request.text, request.languageId, request.uri, request.settings);
  parentPort!.postMessage({ id: request.id, outcome } satisfies LintResponse);
});

// ESLint and the parsers are loaded (oxc-parser, or not on a platform the bundle has no binding for): lints are timed from here
void oxcLoaded.then(loaded => {
  parentPort!.postMessage({ ready: true, typescriptParser: loaded ? 'oxc' : 'typescript-eslint' } satisfies WorkerReady);
});
