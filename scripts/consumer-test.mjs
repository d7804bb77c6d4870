#!/usr/bin/env node
/**
 * The packages as users get them (`pnpm test:consumer`): packs eslint-plugin-gather and
 * gather-language-server with `pnpm pack`, checks each tarball's files against what it should
 * hold, then installs the tarballs with npm in fresh projects outside the workspace, next to
 * public packages only, and uses them:
 *   - ESLint 10 and ESLint 9 (flat config) with `gather.configs.recommended` on a TypeScript and
 *     a JavaScript sample: both rules report, and a suggestion applied through the API re-lints clean;
 *   - oxlint with the plugin as a `jsPlugins` entry: the same reports;
 *   - the server from the tarball's `bin`, spoken to over stdio: it initializes and publishes the
 *     diagnostics of an opened document;
 *   - the same server in headless Neovim (its built-in LSP client, scripts/neovim/quick-fix.lua):
 *     diagnostics, code actions, the Promise.all quick-fix applied and written.
 * Needs the npm registry. Prints the tarball sizes and the matrix; exits 1 on any failure.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ESLINT_VERSIONS = ['10.15.0', '9.39.5'];
const PARSER_VERSION = '8.72.0';
const OXLINT_VERSION = '1.94.0';

const failures = [];
const check = (condition, message) => {
  if (!condition) failures.push(message);
  console.log(`${condition ? 'ok  ' : 'FAIL'} ${message}`);
};

const run = (command, args, cwd) =>
  execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    // npm must not see pnpm's npm_* variables (its user agent, its config)
    env: Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('npm_'))),
  });

const work = mkdtempSync(path.join(os.tmpdir(), 'gather-consumer-'));

// ---------------------------------------------------------------------------------------------
// the tarballs

/** What each tarball must hold: every file matches one pattern, and every required file is there. */
const CONTENTS = {
  'eslint-plugin-gather': {
    allowed: [/^package\.json$/, /^README\.md$/, /^CHANGELOG\.md$/, /^LICENSE$/, /^docs\/rules\/[\w-]+\.md$/, /^dist\/.+\.(?:js|d\.ts|js\.map)$/],
    required: [
      'package.json',
      'README.md',
      'CHANGELOG.md',
      'LICENSE',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/lint-config.js',
      'dist/lint-config.d.ts',
      'docs/rules/no-sequential-await.md',
      'docs/rules/no-sequential-loop-await.md',
    ],
  },
  'gather-language-server': {
    allowed: [/^package\.json$/, /^README\.md$/, /^CHANGELOG\.md$/, /^LICENSE$/, /^dist\/.+\.(?:js|d\.ts|js\.map)$/],
    required: ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist/bin.js', 'dist/server.js', 'dist/lint-worker.js'],
  },
};

const tarballs = {};
for (const [name, directory] of [
  ['eslint-plugin-gather', 'packages/eslint-plugin'],
  ['gather-language-server', 'packages/language-server'],
]) {
  const packageDir = path.join(ROOT, directory);
  run('pnpm', ['run', 'build'], packageDir);
  const destination = path.join(work, 'tarballs');
  mkdirSync(destination, { recursive: true });
  run('pnpm', ['pack', '--pack-destination', destination], packageDir);
  const tarball = readdirSync(destination)
    .map(file => path.join(destination, file))
    .find(file => path.basename(file).startsWith(`${name}-`));
  tarballs[name] = tarball;
  const files = run('tar', ['-tzf', tarball], work)
    .split('\n')
    .filter(Boolean)
    .map(file => file.replace(/^package\//, ''));
  const stray = files.filter(file => !CONTENTS[name].allowed.some(pattern => pattern.test(file)));
  const missing = CONTENTS[name].required.filter(file => !files.includes(file));
  console.log(`${name}: ${path.basename(tarball)}, ${(statSync(tarball).size / 1024).toFixed(0)} kB packed, ${files.length} files`);
  check(stray.length === 0, `${name}: only published files (stray: ${stray.join(', ') || 'none'})`);
  check(missing.length === 0, `${name}: every required file (missing: ${missing.join(', ') || 'none'})`);
}

// ---------------------------------------------------------------------------------------------
// a consumer project

const SAMPLE_TS = `export async function load(id: string) {
  const user = await getUser(id);
  const posts = await getPosts(id);
  return { user, posts };
}

export async function loadAll(ids: string[]) {
  const users = [];
  for (const id of ids) {
    users.push(await getUser(id));
  }
  return users;
}

declare function getUser(id: string): Promise<{ id: string }>;
declare function getPosts(id: string): Promise<string[]>;
`;
const SAMPLE_JS = `export async function load(id) {
  return { user: await getUser(id), posts: await getPosts(id) };
}
`;

function project(name, dependencies) {
  const directory = path.join(work, name);
  mkdirSync(directory, { recursive: true });
  writeFileSync(path.join(directory, 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true, type: 'module' }, null, 2));
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...dependencies], directory);
  writeFileSync(path.join(directory, 'sample.ts'), SAMPLE_TS);
  writeFileSync(path.join(directory, 'sample.js'), SAMPLE_JS);
  return directory;
}

for (const version of ESLINT_VERSIONS) {
  const directory = project(`eslint-${version}`, [`eslint@${version}`, `@typescript-eslint/parser@${PARSER_VERSION}`, tarballs['eslint-plugin-gather']]);
  writeFileSync(
    path.join(directory, 'eslint.config.js'),
    `import tsParser from '@typescript-eslint/parser';
import gather from 'eslint-plugin-gather';

export default [
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  gather.configs.recommended,
];
`,
  );
  writeFileSync(
    path.join(directory, 'check.mjs'),
    `import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';

const eslint = new ESLint();
const results = await eslint.lintFiles(['sample.ts', 'sample.js']);
const reports = results.flatMap(result => result.messages.map(message => ({ file: result.filePath.split('/').pop(), rule: message.ruleId, line: message.line, suggestions: message.suggestions ?? [] })));
const ts = readFileSync('sample.ts', 'utf8');
const group = reports.find(report => report.file === 'sample.ts' && report.rule === 'gather/no-sequential-await');
const fix = group.suggestions[0].fix;
const fixed = ts.slice(0, fix.range[0]) + fix.text + ts.slice(fix.range[1]);
const [after] = await eslint.lintText(fixed, { filePath: 'sample.ts' });
console.log(JSON.stringify({ version: ESLint.version, reports: reports.map(({ file, rule, line, suggestions }) => ({ file, rule, line, suggestions: suggestions.length })), fixed, after: after.messages.map(message => message.ruleId) }));
`,
  );
  const outcome = JSON.parse(run('node', ['check.mjs'], directory));
  const summary = outcome.reports.map(report => `${report.file}:${report.line} ${report.rule} (${report.suggestions} suggestion)`);
  console.log(`ESLint ${outcome.version}: ${summary.join('; ')}`);
  check(outcome.version === version, `ESLint ${version}: the installed version runs`);
  check(
    JSON.stringify(outcome.reports.map(report => [report.file, report.rule, report.line])) ===
      JSON.stringify([
        ['sample.ts', 'gather/no-sequential-await', 2],
        ['sample.ts', 'gather/no-sequential-loop-await', 9],
        ['sample.js', 'gather/no-sequential-await', 2],
      ]),
    `ESLint ${version}: both rules report on the TypeScript and JavaScript samples, with suggestions`,
  );
  check(outcome.fixed.includes('await Promise.all([getUser(id), getPosts(id)])'), `ESLint ${version}: the suggestion gives Promise.all`);
  check(!outcome.after.includes('gather/no-sequential-await'), `ESLint ${version}: the suggested text re-lints without the group`);
}

// oxlint, with the tarball as a JS plugin
{
  const directory = project('oxlint', [`oxlint@${OXLINT_VERSION}`, tarballs['eslint-plugin-gather']]);
  writeFileSync(
    path.join(directory, '.oxlintrc.json'),
    JSON.stringify({ jsPlugins: ['eslint-plugin-gather'], rules: { 'gather/no-sequential-await': 'warn', 'gather/no-sequential-loop-await': 'warn' } }),
  );
  let output;
  try {
    output = run(path.join(directory, 'node_modules', '.bin', 'oxlint'), ['-f', 'json', 'sample.ts', 'sample.js'], directory);
  } catch (error) {
    output = error.stdout;
  }
  const diagnostics = JSON.parse(output).diagnostics.filter(diagnostic => diagnostic.code.startsWith('gather('));
  const found = diagnostics.map(diagnostic => `${diagnostic.filename}:${diagnostic.labels[0].span.line} ${diagnostic.code}`).sort();
  console.log(`oxlint ${OXLINT_VERSION}: ${found.join('; ')}`);
  check(
    JSON.stringify(found) ===
      JSON.stringify(['sample.js:2 gather(no-sequential-await)', 'sample.ts:2 gather(no-sequential-await)', 'sample.ts:9 gather(no-sequential-loop-await)']),
    'oxlint: the same reports through jsPlugins',
  );
}

// the language server from its bin
{
  const directory = project('server', [tarballs['eslint-plugin-gather'], tarballs['gather-language-server']]);
  const diagnostics = await probeServer(
    path.join(directory, 'node_modules', '.bin', 'gather-language-server'),
    pathToFileURL(path.join(directory, 'sample.ts')).href,
  );
  console.log(`gather-language-server: ${diagnostics.map(diagnostic => `${diagnostic.range.start.line + 1} ${diagnostic.code}`).join('; ')}`);
  check(
    JSON.stringify(diagnostics.map(diagnostic => diagnostic.code)) === JSON.stringify(['gather/no-sequential-await', 'gather/no-sequential-loop-await']),
    'the server from the tarball initializes and publishes both rules’ diagnostics',
  );
}

/** Starts the server over stdio, opens the sample, and returns the first diagnostics published for it. */
function probeServer(bin, uri) {
  return new Promise((resolve, reject) => {
    const server = spawn(bin, ['--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const timer = setTimeout(() => {
      server.kill();
      reject(new Error('no diagnostics within 30 s'));
    }, 30_000);
    const send = message => {
      const body = JSON.stringify({ jsonrpc: '2.0', ...message });
      server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    };
    let buffer = Buffer.alloc(0);
    server.stdout.on('data', chunk => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const header = buffer.indexOf('\r\n\r\n');
        if (header === -1) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, header).toString())[1]);
        if (buffer.length < header + 4 + length) return;
        const message = JSON.parse(buffer.subarray(header + 4, header + 4 + length).toString());
        buffer = buffer.subarray(header + 4 + length);
        if (message.id === 1 && message.result) {
          send({ method: 'initialized', params: {} });
          send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'typescript', version: 1, text: SAMPLE_TS } } });
        } else if (message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri) {
          clearTimeout(timer);
          send({ id: 2, method: 'shutdown' });
          send({ method: 'exit' });
          resolve(message.params.diagnostics);
        } else if (message.method === 'workspace/configuration') {
          send({ id: message.id, result: message.params.items.map(() => ({})) });
        } else if (message.id !== undefined && message.method) {
          send({ id: message.id, result: null });
        }
      }
    });
    server.on('error', reject);
    send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } } });
  });
}

// a second editor: headless Neovim's own LSP client applies the quick-fix (skipped without nvim)
{
  const nvim = (() => {
    try {
      return run('nvim', ['--version'], work).split('\n')[0];
    } catch {
      return null;
    }
  })();
  if (nvim === null) {
    console.log('skip neovim: nvim is not installed (CI installs Debian’s)');
    if (process.env.CI) check(false, 'neovim: installed in CI');
  } else {
    const directory = path.join(work, 'server');
    const sample = path.join(directory, 'neovim-sample.ts');
    writeFileSync(sample, SAMPLE_TS);
    let output = '';
    let ok = true;
    try {
      output = execFileSync('nvim', ['--headless', '--clean', '-u', path.join(ROOT, 'scripts', 'neovim', 'quick-fix.lua')], {
        cwd: directory,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 60_000,
        env: { ...process.env, GATHER_SERVER_BIN: path.join(directory, 'node_modules', '.bin', 'gather-language-server'), GATHER_SAMPLE: sample },
      });
    } catch (error) {
      ok = false;
      output = `${error.stdout ?? ''}${error.stderr ?? ''}`;
    }
    const after = readFileSync(sample, 'utf8');
    console.log(`${nvim}: ${output.trim().split('\n').join(' | ')}`);
    check(ok, 'neovim: the client got diagnostics and code actions');
    check(
      after.includes('  const [user, posts] = await Promise.all([getUser(id), getPosts(id)]);\n  return { user, posts };'),
      'neovim: the applied quick-fix gives the rule’s Promise.all',
    );
  }
}

rmSync(work, { recursive: true, force: true });
console.log(failures.length === 0 ? '\nconsumer test: all passed' : `\nconsumer test: ${failures.length} failed`);
process.exitCode = failures.length === 0 ? 0 : 1;
