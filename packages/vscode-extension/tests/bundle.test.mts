import { copyFileSync, cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { LspTestClient } from '../../language-server/tests/lsp-client.js';

/**
 * What the .vsix ships is dist/server.js and its lint thread dist/lint-worker.js: ESLint, the
 * parser, TypeScript and the rules bundled. This drives that bundle (not the sources) with a real LSP client, so a broken bundle
 * (a missing module, a stale rule) fails here rather than in a user's editor.
 */
const BUNDLE = fileURLToPath(new URL('../dist/server.js', import.meta.url));

const CODE = `export async function load(id: string) {
  const user = await getUser(id);
  const posts = await getPosts(id);
  return { user, posts };
}
`;

/**
 * A copy of the bundle in a fresh folder, with nothing around it to resolve modules from (and no
 * NODE_PATH, which pnpm's shims set for the test process); `withBinding` adds dist/node_modules, the
 * oxc-parser binding the .vsix ships.
 */
function installBundle(prefix: string, { withBinding }: { readonly withBinding: boolean }): string {
  const installed = mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const file of ['server.js', 'lint-worker.js']) copyFileSync(path.join(path.dirname(BUNDLE), file), path.join(installed, file));
  if (withBinding) cpSync(path.join(path.dirname(BUNDLE), 'node_modules'), path.join(installed, 'node_modules'), { recursive: true });
  return installed;
}

let client: LspTestClient;

beforeAll(async () => {
  expect(existsSync(BUNDLE), 'run `node esbuild.mjs --production` first').toBe(true);
  client = new LspTestClient([BUNDLE]);
  await client.initialize();
});

afterAll(async () => {
  await client.stop();
});

describe('the bundled server in dist/server.js', () => {
  it('reports a TypeScript group and offers the Promise.all quick-fix', async () => {
    await client.open('file:///w/load.ts', 'typescript', CODE);
    const { diagnostics } = await client.diagnostics('file:///w/load.ts', found => found.length === 1);
    const actions = await client.codeActions('file:///w/load.ts', diagnostics[0]!.range, ['quickfix']);
    expect(actions[0]!.title).toBe('Run these 2 awaits concurrently with Promise.all');
  });

  it('parses TypeScript with the oxc-parser binding it carries in dist/node_modules, and without one as the CLI does', async () => {
    expect(client.logs.filter(line => line.includes('parsed with oxc-parser'))).toHaveLength(1);
    // installed as the .vsix installs it, and then without the binding (a platform the bundle has none for)
    for (const withBinding of [true, false]) {
      const installed = installBundle('gather-bundle-binding-', { withBinding });
      const installedClient = new LspTestClient([path.join(installed, 'server.js')], { NODE_PATH: '' });
      await installedClient.initialize();
      try {
        await installedClient.open('file:///w/load.ts', 'typescript', CODE);
        await installedClient.diagnostics('file:///w/load.ts', found => found.length === 1);
        const said = withBinding ? 'parsed with oxc-parser' : "parsed with typescript-eslint's parser";
        expect(
          installedClient.logs.filter(line => line.includes(said)),
          installedClient.logs.join('\n'),
        ).toHaveLength(1);
      } finally {
        await installedClient.stop();
        rmSync(installed, { recursive: true, force: true });
      }
    }
  });

  it('runs the loop rule too, on its worker thread (dist/lint-worker.js)', async () => {
    const loop =
      'export async function all(ids: string[]) {\n  const users = [];\n  for (const id of ids) {\n    users.push(await getUser(id));\n  }\n  return users;\n}\n';
    await client.open('file:///w/all.ts', 'typescript', loop);
    const { diagnostics } = await client.diagnostics('file:///w/all.ts', found => found.length === 1);
    expect(diagnostics[0]!.code).toBe('gather/no-sequential-loop-await');
    const actions = await client.codeActions('file:///w/all.ts', diagnostics[0]!.range, ['quickfix']);
    expect(actions[0]!.title).toBe('Start every iteration together with Promise.all (results keep their order)');
  });

  it('reports JavaScript and JSX through the default parser', async () => {
    await client.open('file:///w/page.jsx', 'javascriptreact', 'export async function P() { return <A a={await f()} b={await g()} />; }');
    await client.diagnostics('file:///w/page.jsx', found => found.length === 1);
  });

  it('reads the modules a saved JavaScript or TypeScript document imports, with the parser it carries', async () => {
    const project = mkdtempSync(path.join(os.tmpdir(), 'gather-bundle-imports-'));
    // the bundle alone: no node_modules around it to resolve a parser from
    const installed = installBundle('gather-bundle-installed-', { withBinding: false });
    const client = new LspTestClient([path.join(installed, 'server.js')], { NODE_PATH: '' });
    await client.initialize();
    try {
      // a helper that renders on this thread: two calls of it have nothing to overlap
      writeFileSync(
        path.join(project, 'render.js'),
        "import { readFileSync } from 'node:fs';\nexport async function render(file) {\n  return readFileSync(file, 'utf8').toUpperCase();\n}\n",
      );
      const text = `import { render } from './render.js';
export async function pages() {
  const home = await render('home.html');
  const about = await render('about.html');
  return [home, about];
}
`;
      for (const [name, languageId] of [
        ['pages.js', 'javascript'],
        ['pages.ts', 'typescript'],
      ] as const) {
        const uri = pathToFileURL(path.join(project, name)).href;
        await client.open(uri, languageId, text);
        expect((await client.diagnostics(uri)).diagnostics).toEqual([]);
      }
      // the same text where './render.js' is not there: the calls are judged by their names
      await client.open('untitled:Untitled-2', 'javascript', text);
      await client.diagnostics('untitled:Untitled-2', found => found.length === 1);
    } finally {
      await client.stop();
      rmSync(project, { recursive: true, force: true });
      rmSync(installed, { recursive: true, force: true });
    }
  });
});
