import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
});
