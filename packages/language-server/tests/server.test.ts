import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type CodeAction, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver-protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { LspTestClient } from './lsp-client.js';

const SEQUENTIAL = `export async function load(id: string) {
  const user = await getUser(id);
  const posts = await getPosts(id);
  return { user, posts };
}
`;

const COMBINED = `export async function load(id: string) {
  const [user, posts] = await Promise.all([getUser(id), getPosts(id)]);
  return { user, posts };
}
`;

const TWO_GROUPS = `${SEQUENTIAL}
export async function page() {
  return { a: await getA(), b: await getB() };
}
`;

const URI = 'file:///workspace/src/load.ts';

/** Applies a code action's versioned edit, as an editor does: only to the version it names. */
function applyAction(action: CodeAction, text: string, version: number): string {
  const [change] = action.edit!.documentChanges! as TextDocumentEdit[];
  expect(change!.textDocument.version).toBe(version);
  return TextDocument.applyEdits(TextDocument.create(URI, 'typescript', version, text), change!.edits as TextEdit[]);
}

let client: LspTestClient;

beforeEach(async () => {
  client = new LspTestClient();
  await client.initialize();
});

afterEach(async () => {
  await client.stop();
});

describe('the language server over stdio', () => {
  it('advertises incremental sync and its code action kinds', async () => {
    const other = new LspTestClient();
    const result = await other.initialize();
    await other.stop();
    expect(result.capabilities.textDocumentSync).toEqual({ openClose: true, change: 2, save: { includeText: false } });
    expect(result.capabilities.codeActionProvider).toEqual({ codeActionKinds: ['quickfix', 'source.gather.combineAll'] });
  });

  it('publishes a diagnostic on the first await of a group when a document opens', async () => {
    await client.open(URI, 'typescript', SEQUENTIAL);
    const { diagnostics, version } = await client.diagnostics(URI);
    expect(version).toBe(1);
    expect(diagnostics).toEqual([
      {
        range: { start: { line: 1, character: 15 }, end: { line: 1, character: 32 } },
        severity: DiagnosticSeverity.Warning,
        source: 'gather',
        code: 'gather/no-sequential-await',
        codeDescription: { href: expect.stringMatching(/docs\/rules\/no-sequential-await\.md$/) as unknown },
        message: '2 independent awaits run one after another; start them together with Promise.all.',
      },
    ]);
    // the lint worker parsed it with oxc-parser, and the server said so once
    expect(client.logs.filter(line => line.includes('parsed with oxc-parser'))).toHaveLength(1);
  });

  it('offers the suggestion as a quick-fix whose edit gives exactly the rule output', async () => {
    await client.open(URI, 'typescript', SEQUENTIAL);
    const { diagnostics } = await client.diagnostics(URI, found => found.length === 1);
    const actions = await client.codeActions(URI, diagnostics[0]!.range);
    expect(actions.map(action => [action.title, action.kind])).toEqual([
      ['Run these 2 awaits concurrently with Promise.all', 'quickfix'],
      ['Disable gather/no-sequential-await for this line', 'quickfix'],
      ['Disable gather/no-sequential-await for this file', 'quickfix'],
      ['Combine all sequential awaits in this file (1)', 'source.gather.combineAll'],
    ]);
    expect(actions[0]!.isPreferred).toBeUndefined();
    const combined = applyAction(actions[0]!, SEQUENTIAL, 1);
    expect(combined).toBe(COMBINED);

    const since = client.published.length;
    await client.change(URI, combined);
    const after = await client.diagnostics(URI, () => true, since);
    expect(after).toMatchObject({ version: 2, diagnostics: [] });
  });

  it('disables the rule for a line or the file with a comment the rule honours', async () => {
    await client.open(URI, 'typescript', SEQUENTIAL);
    const { diagnostics } = await client.diagnostics(URI, found => found.length === 1);
    const actions = await client.codeActions(URI, diagnostics[0]!.range, ['quickfix']);
    const forLine = applyAction(actions[1]!, SEQUENTIAL, 1);
    expect(forLine.split('\n')[1]).toBe('  // eslint-disable-next-line gather/no-sequential-await');
    const forFile = applyAction(actions[2]!, SEQUENTIAL, 1);
    expect(forFile.startsWith('/* eslint-disable gather/no-sequential-await */\n')).toBe(true);
    for (const [index, text] of [forLine, forFile].entries()) {
      const since = client.published.length;
      await client.change(URI, text);
      await client.diagnostics(URI, (found, version) => version === index + 2 && found.length === 0, since);
    }
  });

  it('combines every group of a file with one source action', async () => {
    await client.open(URI, 'typescript', TWO_GROUPS);
    await client.diagnostics(URI, found => found.length === 2);
    const actions = await client.codeActions(URI, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source']);
    expect(actions.map(action => action.title)).toEqual(['Combine all sequential awaits in this file (2)']);
    const combined = applyAction(actions[0]!, TWO_GROUPS, 1);
    expect(combined).toContain('const [user, posts] = await Promise.all([getUser(id), getPosts(id)]);');
    expect(combined).toContain('const [a, b] = await Promise.all([getA(), getB()]);\n  return { a, b };');
    const since = client.published.length;
    await client.change(URI, combined);
    await client.diagnostics(URI, (found, version) => version === 2 && found.length === 0, since);
  });

  it('computes code actions on the current version only, after rapid edits', async () => {
    await client.open(URI, 'typescript', 'export const x = 1;\n');
    await client.diagnostics(URI);
    let text = '';
    for (let step = 0; step < 20; step++) {
      text = `// edit ${step}\n${SEQUENTIAL}`;
      await client.change(URI, text);
    }
    const last = await client.diagnostics(URI, (found, version) => version === 21 && found.length === 1);
    const versions = client.published.filter(params => params.uri === URI).map(params => params.version ?? 0);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(versions.length).toBeLessThan(10);
    const actions = await client.codeActions(URI, last.diagnostics[0]!.range, ['quickfix']);
    expect(applyAction(actions[0]!, text, 21)).toBe(`// edit 19\n${COMBINED}`);
  });

  it('never names an old version in an edit: actions requested after a change are for the new text', async () => {
    await client.open(URI, 'typescript', SEQUENTIAL);
    const { diagnostics } = await client.diagnostics(URI, found => found.length === 1);
    const shifted = `\n\n${SEQUENTIAL}`;
    await client.change(URI, shifted);
    // the old range now points at blank lines: no fix there, and no fix with old offsets anywhere
    expect(await client.codeActions(URI, diagnostics[0]!.range, ['quickfix'])).toEqual([]);
    const moved = { start: { line: 3, character: 15 }, end: { line: 3, character: 32 } };
    const [fix] = await client.codeActions(URI, moved, ['quickfix']);
    expect(applyAction(fix!, shifted, 2)).toBe(`\n\n${COMBINED}`);
  });

  it('follows settings: severity, options and enable, pulled per document', async () => {
    await client.open(URI, 'typescript', SEQUENTIAL);
    await client.diagnostics(URI, found => found[0]?.severity === DiagnosticSeverity.Warning);
    let since = client.published.length;
    await client.changeSettings({ severity: 'error' });
    await client.diagnostics(URI, found => found[0]?.severity === DiagnosticSeverity.Error, since);
    since = client.published.length;
    await client.changeSettings({ minGroupSize: 3 });
    await client.diagnostics(URI, found => found.length === 0, since);
    since = client.published.length;
    await client.changeSettings({ enable: false, minGroupSize: 2 });
    await client.diagnostics(URI, found => found.length === 0, since);
    since = client.published.length;
    await client.changeSettings({ enable: true, severity: 'hint' });
    await client.diagnostics(URI, found => found[0]?.severity === DiagnosticSeverity.Hint, since);
  });

  it('says once that a file does not parse, publishes nothing for it, and recovers', async () => {
    await client.open(URI, 'typescript', 'export async function broken( {\n');
    await client.diagnostics(URI, found => found.length === 0);
    for (let step = 0; step < 3; step++) await client.change(URI, `export async function broken${step}( {\n`);
    await client.diagnostics(URI, (_, version) => version === 4);
    expect(client.logs.filter(line => line.includes('does not parse'))).toHaveLength(1);
    await client.change(URI, SEQUENTIAL);
    await client.diagnostics(URI, (found, version) => version === 5 && found.length === 1);
  });

  it('skips a document over 1 MB with one log line', async () => {
    const huge = `${SEQUENTIAL}${'// padding padding padding padding\n'.repeat(32_000)}`;
    await client.open(URI, 'typescript', huge);
    await client.diagnostics(URI, found => found.length === 0);
    await client.change(URI, `${huge}//`);
    await client.diagnostics(URI, (_, version) => version === 2);
    expect(client.logs.filter(line => line.includes('skipped'))).toHaveLength(1);
  });

  it('ignores languages it does not know, and lints .mjs and .cjs by file name', async () => {
    await client.open('file:///workspace/a.py', 'python', 'x = await f()\ny = await g()\n');
    await client.diagnostics('file:///workspace/a.py', found => found.length === 0);
    const javascript = SEQUENTIAL.replace('id: string', 'id');
    await client.open('file:///workspace/a.mjs', 'javascript', javascript);
    await client.diagnostics('file:///workspace/a.mjs', found => found.length === 1);
    await client.open('file:///workspace/a.cjs', 'javascript', javascript.replace('export ', ''));
    await client.diagnostics('file:///workspace/a.cjs', found => found.length === 1);
    await client.open('file:///workspace/a.tsx', 'typescriptreact', 'export async function P() { return <A a={await f()} b={await g()} />; }');
    await client.diagnostics('file:///workspace/a.tsx', found => found.length === 1);
  });

  it('reads the modules a saved document imports relatively, as the CLI does, and only from its own path', async () => {
    const project = mkdtempSync(path.join(os.tmpdir(), 'gather-imports-'));
    try {
      // a helper that renders on this thread: two calls of it have nothing to overlap
      writeFileSync(
        path.join(project, 'render.ts'),
        "import { readFileSync } from 'node:fs';\nexport async function render(file: string) {\n  return readFileSync(file, 'utf8').toUpperCase();\n}\n",
      );
      const text = `import { render } from './render';
export async function pages() {
  const home = await render('home.html');
  const about = await render('about.html');
  return [home, about];
}
`;
      const saved = pathToFileURL(path.join(project, 'pages.ts')).href;
      await client.open(saved, 'typescript', text);
      // the same text where './render' is not there: the calls are judged by their names
      await client.open('untitled:Untitled-1', 'typescript', text);
      await client.diagnostics('untitled:Untitled-1', found => found.length === 1);
      const { diagnostics } = await client.diagnostics(saved);
      expect(diagnostics).toEqual([]);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it('lints saved documents again when a file they may import changes on disk', async () => {
    const project = mkdtempSync(path.join(os.tmpdir(), 'gather-watched-'));
    try {
      const helpers = path.join(project, 'content.ts');
      // at first the helpers fetch: two calls overlap
      writeFileSync(
        helpers,
        'export async function load(name: string) {\n  const response = await fetch(`https://cms.example.com/${name}`);\n  return response.text();\n}\n',
      );
      const text = `import { load } from './content';
export async function pages() {
  const home = await load('home');
  const about = await load('about');
  return [home, about];
}
`;
      const saved = pathToFileURL(path.join(project, 'pages.ts')).href;
      await client.open(saved, 'typescript', text);
      await client.diagnostics(saved, found => found.length === 1);
      // then they render on this thread: nothing to overlap, and the same text of pages.ts says so once the change is told
      writeFileSync(
        helpers,
        "import { readFileSync } from 'node:fs';\nexport async function load(name: string) {\n  return readFileSync(`${name}.html`, 'utf8').toUpperCase();\n}\n",
      );
      const since = client.published.length;
      await client.filesChanged([
        pathToFileURL(path.join(project, 'node_modules/x/index.js')).href,
        pathToFileURL(path.join(project, 'node_modules')).href,
        'file:///elsewhere/notes.md',
      ]);
      await client.filesChanged([pathToFileURL(helpers).href]);
      const { diagnostics } = await client.diagnostics(saved, () => true, since);
      expect(diagnostics).toEqual([]);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it('asks clients that can watch files to tell it of changes to source files', async () => {
    const watching = new LspTestClient();
    try {
      await watching.initialize({ watchedFiles: true });
      const registration = await watching.waitFor(() => watching.registrations.find(found => found.method === 'workspace/didChangeWatchedFiles'));
      expect(registration.registerOptions).toEqual({
        watchers: [{ globPattern: '**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}' }, { globPattern: '**/*', kind: 5 }],
      });
      // a client that cannot is not asked
      expect(client.registrations.map(found => found.method)).not.toContain('workspace/didChangeWatchedFiles');
    } finally {
      await watching.stop();
    }
  });

  it('with gather.run onSave, lints on open and on save, not while the text changes', async () => {
    // warm: the lints below are fast, so each change would be linted at once
    await client.open(URI, 'typescript', SEQUENTIAL);
    await client.diagnostics(URI, found => found.length === 1);
    const saved = 'file:///workspace/src/saved.ts';
    const typed = 'file:///workspace/src/typed.ts';
    client.settingsByUri.set(saved, { run: 'onSave' });
    await client.open(saved, 'typescript', SEQUENTIAL);
    await client.open(typed, 'typescript', SEQUENTIAL);
    await client.diagnostics(saved, found => found.length === 1);
    await client.diagnostics(typed, found => found.length === 1);
    const before = client.published.length;
    // the same change to both, the onSave document's first: had it been linted, its diagnostics would have come first
    const version = await client.change(saved, COMBINED);
    await client.change(typed, COMBINED);
    await client.diagnostics(typed, found => found.length === 0, before);
    expect(client.published.slice(before).filter(params => params.uri === saved)).toEqual([]);
    await client.save(saved);
    expect(await client.diagnostics(saved, () => true, before)).toEqual({ uri: saved, version, diagnostics: [] });
  });

  it('clears diagnostics when a document closes', async () => {
    await client.open(URI, 'typescript', SEQUENTIAL);
    await client.diagnostics(URI, found => found.length === 1);
    const since = client.published.length;
    await client.close(URI);
    const cleared = await client.diagnostics(URI, () => true, since);
    expect(cleared.diagnostics).toEqual([]);
    expect(client.isRunning).toBe(true);
  });
});

describe('work-done progress for long lints', () => {
  it('shows a lint that runs past the threshold as progress, begun and ended on a token it created', async () => {
    // a threshold of 0: every lint is long enough, whatever the machine's speed
    const reporting = new LspTestClient(undefined, { GATHER_PROGRESS_AFTER_MS: '0' });
    try {
      await reporting.initialize({ workDoneProgress: true });
      await reporting.open(URI, 'typescript', SEQUENTIAL);
      await reporting.diagnostics(URI, found => found.length === 1);
      const ended = await reporting.waitFor(() => reporting.progress.find(report => report.kind === 'end'));
      const reports = reporting.progress.filter(report => report.token === ended.token);
      expect(reports.map(report => [report.kind, report.message])).toEqual([
        ['begin', 'linting load.ts'],
        ['end', undefined],
      ]);
      expect(reports.every(report => report.created)).toBe(true);
    } finally {
      await reporting.stop();
    }
  });

  it('reports none to a client without the capability, or for a lint under the threshold', async () => {
    const silent = new LspTestClient(undefined, { GATHER_PROGRESS_AFTER_MS: '0' });
    const quick = new LspTestClient(undefined, { GATHER_PROGRESS_AFTER_MS: '60000' });
    try {
      await silent.initialize();
      await quick.initialize({ workDoneProgress: true });
      for (const each of [silent, quick]) {
        await each.open(URI, 'typescript', SEQUENTIAL);
        await each.diagnostics(URI, found => found.length === 1);
        expect(each.progress).toEqual([]);
      }
    } finally {
      await silent.stop();
      await quick.stop();
    }
  });
});
