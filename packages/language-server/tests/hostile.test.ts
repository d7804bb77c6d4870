/**
 * The server under hostile input, over stdio: ranges past the end, reused versions, line
 * separators, documents that try to configure the linter, files too slow to lint, clients that
 * never answer, settings of the wrong type. Each test drives the real server as an editor would.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { afterEach, describe, expect, it } from 'vitest';

import { CONFIGURATION_WAIT_MS } from '../src/server.js';
import { applyEdit, expectedRanges } from './editor-text.js';
import { LspTestClient } from './lsp-client.js';

const SEQUENTIAL = `export async function load(id: string) {
  const user = await getUser(id);
  const posts = await getPosts(id);
  return { user, posts };
}
`;

const URI = 'file:///workspace/src/load.ts';

const clients: LspTestClient[] = [];

async function start(options: { env?: Record<string, string>; resolveEdits?: boolean } = {}): Promise<LspTestClient> {
  const client = new LspTestClient(undefined, options.env);
  clients.push(client);
  await client.initialize({ resolveEdits: options.resolveEdits });
  return client;
}

afterEach(async () => {
  for (const client of clients.splice(0)) await client.stop();
});

function applyAction(action: CodeAction, text: string): string {
  const [change] = action.edit!.documentChanges! as TextDocumentEdit[];
  return TextDocument.applyEdits(TextDocument.create(URI, 'typescript', 1, text), change!.edits as TextEdit[]);
}

describe('the server under hostile input', () => {
  it('clamps every incoming range: an edit far past the end neither corrupts the text nor exhausts memory', async () => {
    const client = await start();
    await client.open(URI, 'typescript', SEQUENTIAL);
    await client.diagnostics(URI, found => found.length === 1);
    let text = SEQUENTIAL;
    const edits: [{ line: number; character: number }, { line: number; character: number }, string][] = [
      [{ line: 1e9, character: 0 }, { line: 1e9, character: 5 }, '\n// tail\n'],
      [{ line: 1e7, character: 3 }, { line: 2, character: 1e6 }, ''],
      [{ line: 0, character: 1e9 }, { line: 0, character: 1e9 }, ' '],
      [{ line: 3, character: 4 }, { line: 1, character: 0 }, '  const user = await getUser(id);\n  const posts = await getPosts(id);\n'],
      [{ line: -5, character: -1 }, { line: 0, character: 0 }, '// head\n'],
    ];
    for (const [start, end, insert] of edits) {
      const since = client.published.length;
      const version = await client.changeRange(URI, { start, end }, insert);
      text = applyEdit(text, { start, end }, insert);
      const published = await client.diagnostics(URI, (_, published) => published === version, since);
      expect(published.diagnostics.map(diagnostic => diagnostic.range)).toEqual(expectedRanges(text));
    }
    // the whole text through a range past the end, then a group: the server's copy is the editor's,
    // and a quick-fix edits exactly the text the editor has
    const whole = { start: { line: 0, character: 0 }, end: { line: 2e9, character: 2e9 } };
    const version = await client.changeRange(URI, whole, `// again\n${SEQUENTIAL}`);
    text = applyEdit(text, whole, `// again\n${SEQUENTIAL}`);
    expect(text).toBe(`// again\n${SEQUENTIAL}`);
    const { diagnostics } = await client.diagnostics(URI, (found, published) => published === version && found.length === 1);
    expect(diagnostics.map(diagnostic => diagnostic.range)).toEqual(expectedRanges(text));
    const [fix] = await client.codeActions(URI, diagnostics[0]!.range, ['quickfix']);
    expect(applyAction(fix!, text)).toContain('await Promise.all([getUser(id), getPosts(id)])');
    expect(client.isRunning).toBe(true);
  });

  it('never publishes or acts on the text of a document closed while its settings were on the way', async () => {
    const client = await start();
    let answer!: () => void;
    client.configurationGate = new Promise<void>(resolve => (answer = resolve));
    const other = SEQUENTIAL.replace('export async', '\n\nexport async');
    await client.open(URI, 'typescript', SEQUENTIAL);
    await client.waitFor(() => (client.configurationRequests > 0 ? true : undefined));
    await client.close(URI);
    await client.open(URI, 'typescript', other);
    const actions = client.codeActions(URI, { start: { line: 3, character: 15 }, end: { line: 3, character: 32 } }, ['quickfix']);
    answer();
    client.configurationGate = null;
    const [fix] = await actions;
    expect(applyAction(fix!, other)).toBe(
      `\n\n${SEQUENTIAL.replace(/ {2}const user.*\n.*\n/, '  const [user, posts] = await Promise.all([getUser(id), getPosts(id)]);\n')}`,
    );
    const published = await client.diagnostics(URI, found => found.length === 1);
    expect(published.diagnostics[0]!.range.start.line).toBe(3);
    expect(client.published.filter(params => params.uri === URI && params.diagnostics.some(diagnostic => diagnostic.range.start.line === 1))).toEqual([]);
  });

  it('answers from the text, not the version number: a reused version gets the new text’s results', async () => {
    const client = await start();
    await client.open(URI, 'typescript', SEQUENTIAL);
    await client.diagnostics(URI, found => found.length === 1);
    await client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'typescript', version: 1, text: `\n${SEQUENTIAL}` } });
    const published = await client.diagnostics(URI, found => found[0]?.range.start.line === 2);
    expect(published.version).toBe(1);
    const [fix] = await client.codeActions(URI, published.diagnostics[0]!.range, ['quickfix']);
    expect(applyAction(fix!, `\n${SEQUENTIAL}`).startsWith('\nexport async function load')).toBe(true);
  });

  it('places diagnostics and disable comments on the editor’s lines when strings hold U+2028 and U+2029', async () => {
    const client = await start();
    const text = `const note = "one\u2028two\u2029three\u2028four";\n${SEQUENTIAL}`;
    await client.open(URI, 'typescript', text);
    const { diagnostics } = await client.diagnostics(URI, found => found.length === 1);
    expect(diagnostics[0]!.range).toEqual(expectedRanges(text)[0]);
    expect(diagnostics[0]!.range.start.line).toBe(2);
    const actions = await client.codeActions(URI, diagnostics[0]!.range, ['quickfix']);
    expect(actions.map(action => action.title)).toContain('Run these 2 awaits concurrently with Promise.all');
    const disabled = applyAction(
      actions.find(action => action.title.includes('for this line'))!,
      text,
    );
    expect(disabled.split('\n')[2]).toBe('  // eslint-disable-next-line gather/no-sequential-await');
  });

  it('ignores a document’s own rule configuration (a catastrophic pattern, core rules) and keeps its disable comments', async () => {
    const client = await start();
    const callee = 'a'.repeat(40);
    const hostile = `/* eslint gather/no-sequential-await: ["warn", {"ignoreCallees": ["/(a+)+$/"]}], id-match: ["error", "^(a+)+$"] */
export async function run() {
  const x = await ${callee}b();
  const y = await ${callee}c();
  return [x, y];
}
`;
    await client.open('file:///workspace/hostile.ts', 'typescript', hostile);
    const { diagnostics } = await client.diagnostics('file:///workspace/hostile.ts', found => found.length === 1, 0);
    expect(diagnostics.map(diagnostic => diagnostic.code)).toEqual(['gather/no-sequential-await']);
    await client.open(
      URI,
      'typescript',
      `// eslint-disable-next-line gather/no-sequential-await\n${SEQUENTIAL.replace('\n', '\n  // eslint-disable-next-line gather/no-sequential-await\n')}`,
    );
    await client.diagnostics(URI, found => found.length === 0);
    await client.open('file:///workspace/env.js', 'javascript', `/* eslint-env node */\n${SEQUENTIAL.replace('id: string', 'id')}`);
    await client.diagnostics('file:///workspace/env.js', found => found.length === 1);
    expect(client.logs.filter(line => /does not parse|made the rule fail/.test(line))).toEqual([]);
  });

  it('gives each lint a time budget: a file over it is skipped with one log line, and the others go on', async () => {
    const client = await start({ env: { GATHER_LINT_TIME_BUDGET_MS: '150' } });
    const slow = SEQUENTIAL.repeat(4_000).replaceAll('function load', 'function load_');
    await client.open('file:///workspace/slow.ts', 'typescript', slow);
    await client.waitFor(() => client.logs.find(line => line.includes('slow.ts skipped: linting it took longer than 150 ms')));
    await client.open(URI, 'typescript', SEQUENTIAL);
    await client.diagnostics(URI, found => found.length === 1);
    await client.change('file:///workspace/slow.ts', `${slow}\n`);
    await client.diagnostics('file:///workspace/slow.ts', (_, version) => version === 2);
    expect(client.logs.filter(line => line.includes('slow.ts skipped'))).toHaveLength(1);
  });

  it('lints with the defaults when the client never answers workspace/configuration, and says so once', async () => {
    const client = await start();
    client.configurationGate = new Promise<void>(() => undefined);
    await client.open(URI, 'typescript', SEQUENTIAL);
    const started = Date.now();
    const { diagnostics } = await client.diagnostics(URI, found => found.length === 1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(CONFIGURATION_WAIT_MS - 100);
    const actions = await client.codeActions(URI, diagnostics[0]!.range, ['quickfix']);
    expect(actions.length).toBeGreaterThan(0);
    expect(client.logs.filter(line => line.includes('did not answer workspace/configuration'))).toHaveLength(1);
  });

  it('takes a late configuration answer even while the lint with the defaults is still running', async () => {
    const client = await start();
    // the answer turns the rules off; it arrives just after the fallback, while a long lint with the defaults runs
    client.settings = { enable: false };
    let answer = (): void => undefined;
    client.configurationGate = new Promise<void>(resolve => (answer = resolve));
    const long = Array.from({ length: 600 }, (_, index) => SEQUENTIAL.replace('load', `load${index}`)).join('\n');
    await client.open(URI, 'typescript', long);
    // the server gave up waiting and lints with the defaults: answer now
    await client.waitFor(() => client.logs.find(line => line.includes('did not answer workspace/configuration')));
    answer();
    const last = await client.diagnostics(URI, found => found.length === 0);
    expect(last.diagnostics).toEqual([]);
    // and nothing with the defaults is published after it
    await new Promise(resolve => setTimeout(resolve, 1_000));
    expect(client.published.filter(params => params.uri === URI).at(-1)!.diagnostics).toEqual([]);
  });

  it('names each setting of the wrong type once in the log, cut short, and uses its default', async () => {
    const client = await start();
    client.settings = {
      ignoreCallees: 'fetch',
      enable: 'false',
      minGroupSize: 1,
      effectVerbs: ['x'.repeat(5_000_000), 42],
      noSequentialLoopAwait: { enable: 'no' },
    };
    await client.open(URI, 'typescript', SEQUENTIAL);
    await client.diagnostics(URI, found => found.length === 1);
    await client.change(URI, `${SEQUENTIAL}\n`);
    await client.diagnostics(URI, (found, version) => version === 2 && found.length === 1);
    const problems = client.logs.filter(line => line.startsWith('settings:'));
    expect(problems.sort()).toEqual(
      [
        'settings: gather.enable should be true or false; using the default',
        'settings: gather.ignoreCallees should be an array; using the default',
        'settings: gather.minGroupSize should be at least 2; using the default',
        'settings: gather.effectVerbs[1] should be a string; using the default',
        'settings: gather.noSequentialLoopAwait.enable should be true or false; using the default',
      ].sort(),
    );
    expect(Math.max(...client.logs.map(line => line.length))).toBeLessThan(1_000);
  });

  it('lints a dependency opened from node_modules, which ESLint would ignore under its path, without calling it a failure', async () => {
    const client = await start();
    const uri = 'file:///workspace/node_modules/some-sdk/dist/client.ts';
    await client.open(uri, 'typescript', SEQUENTIAL);
    await client.diagnostics(uri, found => found.length === 1);
    expect(client.logs.filter(line => line.includes('made the rule fail'))).toEqual([]);
  });

  it('knows no language through the object prototype', async () => {
    const client = await start();
    for (const languageId of ['constructor', '__proto__', 'toString']) {
      await client.open(`file:///workspace/${languageId}.ts`, languageId, SEQUENTIAL);
      await client.diagnostics(`file:///workspace/${languageId}.ts`, found => found.length === 0);
    }
    expect(client.logs.filter(line => line.includes('made the rule fail'))).toEqual([]);
  });

  it('publishes for the latest text while someone types without pause', async () => {
    const client = await start();
    await client.open(URI, 'typescript', SEQUENTIAL);
    await client.diagnostics(URI, found => found.length === 1);
    const since = client.published.length;
    const duringTyping = (): number => client.published.slice(since).filter(params => params.uri === URI).length;
    let text = SEQUENTIAL;
    // a keystroke every 60 ms (a fast typist never pauses longer), and results must keep coming:
    // a result is published only while its text is current, so each lint must fit between two
    // keystrokes; the typing stops once two came, or after 100 keystrokes (6 s) on a machine under load
    for (let keystroke = 0; keystroke < 100 && duringTyping() < 2; keystroke++) {
      text += ' ';
      await client.change(URI, text);
      await new Promise(resolve => setTimeout(resolve, 60));
    }
    expect(duringTyping()).toBeGreaterThanOrEqual(2);
  });

  it('resolves the edit of "combine all" on request when the client can, for the text it was offered on', async () => {
    const client = await start({ resolveEdits: true });
    const text = `${SEQUENTIAL}${SEQUENTIAL.replace('load', 'again')}`;
    await client.open(URI, 'typescript', text);
    await client.diagnostics(URI, found => found.length === 2);
    const [action] = await client.codeActions(URI, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source']);
    expect(action!.edit).toBeUndefined();
    const resolved = await client.resolveCodeAction(action!);
    expect(applyAction(resolved, text).match(/Promise\.all/g)).toHaveLength(2);
    await client.change(URI, `${text}\n`);
    expect((await client.resolveCodeAction(action!)).edit).toBeUndefined();
  });
});
