#!/usr/bin/env node
/**
 * The Gather demo, like Python's asyncio.gather demos: the same app, awaited one call at a time
 * and gathered with Promise.all, timed side by side.
 *
 *   1. lints examples/src with the real ESLint CLI (stylish) and checks there are reports;
 *   2. typechecks and runs the app as written (tsx), timing it;
 *   3. copies examples/src to examples/.gathered/src and applies every suggestion of Gather's
 *      rules (groups of awaits, loops) with ESLint's Node API, pass after pass until none is left;
 *      lints the copy again (0 reports), typechecks it and prints the diff of one file;
 *   4. runs the copy, timing it, and checks it prints the same results;
 *   5. prints "as written: 25.3 s · gathered: 10.4 s (2.4x faster)".
 *
 * Exits 1 on any failure. Run it with `pnpm demo` (which builds the plugin first).
 * GATHER_DEMO_DELAY_MS sets the latency of every simulated backend call (default 1000).
 */
import os from 'node:os';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Gather's rules: every report of the plugin counts, every suggestion is applied. */
const RULE_PREFIX = 'gather/';
/** A gathered run must be at least this much faster than the run as written. */
const MIN_SPEEDUP = 1.1;
/** Passes of "lint, apply non-overlapping suggestions" before giving up. */
const MAX_PASSES = 10;
/** The file whose diff is printed, if the rule changed it; otherwise the first changed file. */
const DIFF_FILE = 'handlers/home.ts';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const examplesDir = path.join(rootDir, 'examples');
const gatheredDir = path.join(examplesDir, '.gathered');
const pluginEntry = path.join(rootDir, 'packages', 'eslint-plugin', 'dist', 'index.js');
const bin = name => path.join(examplesDir, 'node_modules', '.bin', name);

const useColor = process.env.NO_COLOR === undefined && (process.env.FORCE_COLOR !== undefined || process.stdout.isTTY === true);
const paint = code => text => (useColor ? `\u001B[${code}m${text}\u001B[0m` : String(text));
const bold = paint('1');
const dim = paint('2');
const red = paint('31');
const green = paint('32');

class DemoFailure extends Error {}
const fail = message => {
  throw new DemoFailure(message);
};

const heading = text => console.log(`\n${bold(`== ${text}`)}\n`);
const seconds = ms => `${(ms / 1000).toFixed(1)} s`;
const relative = file => path.relative(rootDir, file);

/**
 * Runs a command; its output goes to the terminal as it comes and is also returned.
 * Resolves with the exit code, stdout and wall time; never rejects on a non-zero exit.
 */
function run(command, args, { cwd = examplesDir, echo = true } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', chunk => {
      stdout += chunk;
      if (echo) process.stdout.write(chunk);
    });
    child.stderr.on('data', chunk => {
      stderr += chunk;
      if (echo) process.stderr.write(chunk);
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr, ms: performance.now() - started }));
  });
}

/** ESLint's Node API, from the examples package (the root package has no dependencies). */
async function loadESLint() {
  const requireFromExamples = createRequire(path.join(examplesDir, 'package.json'));
  const { ESLint } = await import(pathToFileURL(requireFromExamples.resolve('eslint')).href);
  return new ESLint({ cwd: examplesDir });
}

/** Fails on parse errors and crashes ESLint reports as messages ("fatal"). */
function assertNoFatal(results, what) {
  const fatal = results.flatMap(result => result.messages.filter(m => m.fatal).map(m => `${relative(result.filePath)}:${m.line}:${m.column} ${m.message}`));
  if (fatal.length > 0) fail(`${what}: ESLint could not parse\n  ${fatal.join('\n  ')}`);
}

const ruleMessages = result => result.messages.filter(message => message.ruleId?.startsWith(RULE_PREFIX));
const countReports = results => results.reduce((n, result) => n + ruleMessages(result).length, 0);

/**
 * Applies one pass of fixes to a text: from the end of the file backwards, skipping any fix that
 * overlaps one already applied (the next pass picks it up again after a re-lint).
 */
function applyFixes(text, fixes) {
  const ordered = [...fixes].sort((a, b) => b.range[0] - a.range[0] || b.range[1] - a.range[1]);
  let output = text;
  let boundary = Number.POSITIVE_INFINITY;
  let applied = 0;
  for (const { range, text: replacement } of ordered) {
    if (range[1] > boundary) continue;
    output = output.slice(0, range[0]) + replacement + output.slice(range[1]);
    boundary = range[0];
    applied += 1;
  }
  return { output, applied };
}

/** Lints the copy and applies every first suggestion of the rule until none is left. */
async function gatherCopy(eslint) {
  const changed = new Map();
  for (let pass = 1; ; pass += 1) {
    const results = await eslint.lintFiles(['.gathered/src']);
    assertNoFatal(results, `after pass ${pass - 1} of applying suggestions`);
    const pending = results
      .map(result => ({
        file: result.filePath,
        fixes: ruleMessages(result)
          .filter(message => message.suggestions?.length)
          .map(message => message.suggestions[0].fix),
      }))
      .filter(({ fixes }) => fixes.length > 0);
    if (pending.length === 0) return changed;
    if (pass > MAX_PASSES) fail(`suggestions were still offered after ${MAX_PASSES} passes`);

    let appliedThisPass = 0;
    for (const { file, fixes } of pending) {
      const { output, applied } = applyFixes(await readFile(file, 'utf8'), fixes);
      await writeFile(file, output);
      appliedThisPass += applied;
      changed.set(file, (changed.get(file) ?? 0) + applied);
    }
    console.log(`pass ${pass}: applied ${appliedThisPass} suggestion(s) in ${pending.length} file(s)`);
  }
}

/** A unified diff of one file, from git if it is there, else from diff(1). */
async function printDiff(before, after) {
  const args = ['diff', '--no-index', `--color=${useColor ? 'always' : 'never'}`, '--', relative(before), relative(after)];
  let diff = await run('git', args, { cwd: rootDir, echo: false }).catch(() => undefined);
  if (diff === undefined || diff.code > 1) {
    diff = await run('diff', ['-u', relative(before), relative(after)], { cwd: rootDir, echo: false });
  }
  process.stdout.write(diff.stdout || '(no difference)\n');
}

/** The app's output without its timings, to compare the two runs. */
const withoutTimings = stdout => stdout.replace(/\d+(\.\d+)? (s|ms)\b/g, '<time>');

async function runApp(entry, label) {
  const tsconfig = path.join(path.dirname(path.dirname(entry)), 'tsconfig.json');
  console.log(dim(`$ tsc -p ${path.relative(examplesDir, tsconfig)}`));
  const typecheck = await run(bin('tsc'), ['-p', tsconfig]);
  if (typecheck.code !== 0) fail(`${label}: tsc found type errors (above)`);
  console.log(`${green('✔')} types check\n`);
  console.log(dim(`$ tsx ${path.relative(examplesDir, entry)}`));
  const app = await run(bin('tsx'), [path.relative(examplesDir, entry)]);
  if (app.code !== 0) fail(`${label}: the app exited with code ${app.code}`);
  console.log(dim(`(wall time with tsx start-up: ${seconds(app.ms)})`));
  return app;
}

async function main() {
  if (!existsSync(pluginEntry)) {
    fail(`${relative(pluginEntry)} is missing: build the plugin first (pnpm demo does)`);
  }
  for (const name of ['eslint', 'tsx', 'tsc']) {
    if (!existsSync(bin(name))) fail(`${relative(bin(name))} is missing: run pnpm install`);
  }
  const eslint = await loadESLint();

  heading('1. ESLint on examples/src (stylish)');
  // two worker threads and the cache: the rule keeps no module state, so both must just work
  const cacheLocation = path.join(os.tmpdir(), 'gather-demo-eslintcache');
  console.log(dim('$ eslint --concurrency 2 --cache src'));
  const cli = await run(bin('eslint'), ['--concurrency', '2', '--cache', '--cache-location', cacheLocation, 'src']);
  // 0: no errors, 1: errors reported (stylish output on stdout); anything else is a crash.
  if (cli.code > 1 || (cli.code === 1 && cli.stdout.trim() === '')) {
    fail(`the ESLint CLI failed with exit code ${cli.code}`);
  }
  const original = await eslint.lintFiles(['src']);
  assertNoFatal(original, 'examples/src');
  const reports = countReports(original);
  const withSuggestions = original.flatMap(ruleMessages).filter(m => m.suggestions?.length).length;
  if (reports === 0) fail('no Gather reports on examples/src');
  const counts = new Map();
  for (const message of original.flatMap(ruleMessages)) counts.set(message.ruleId, (counts.get(message.ruleId) ?? 0) + 1);
  const byRule = [...counts].map(([rule, count]) => `${count} of ${rule}`);
  console.log(`${reports} report(s) (${byRule.join(', ')}), ${withSuggestions} with a suggestion`);

  heading('2. The app as written');
  const asWritten = await runApp(path.join(examplesDir, 'src', 'main.ts'), 'as written');

  heading('3. Apply every suggestion to a copy: examples/.gathered/src');
  await rm(gatheredDir, { recursive: true, force: true });
  await mkdir(gatheredDir, { recursive: true });
  await cp(path.join(examplesDir, 'src'), path.join(gatheredDir, 'src'), { recursive: true });
  await cp(path.join(examplesDir, 'tsconfig.json'), path.join(gatheredDir, 'tsconfig.json'));
  const changed = await gatherCopy(eslint);
  if (changed.size === 0) fail('no suggestion was applied');

  const after = await eslint.lintFiles(['.gathered/src']);
  assertNoFatal(after, 'examples/.gathered/src');
  const stylish = await eslint.loadFormatter('stylish');
  const leftover = countReports(after);
  console.log(dim('\n$ eslint .gathered/src'));
  process.stdout.write((await stylish.format(after)) || `${green('✔')} 0 problems\n`);
  if (leftover > 0) fail(`the gathered copy still has ${leftover} Gather report(s)`);

  const changedFiles = [...changed.keys()].sort();
  const shown = changedFiles.find(file => file.endsWith(path.join('src', DIFF_FILE))) ?? changedFiles[0];
  const originalOf = file => path.join(examplesDir, 'src', path.relative(path.join(gatheredDir, 'src'), file));
  console.log(`\nchanged: ${changedFiles.map(file => `${relative(file)} (${changed.get(file)})`).join(', ')}`);
  console.log(`\n${dim(`diff of ${path.relative(path.join(gatheredDir, 'src'), shown)}:`)}`);
  await printDiff(originalOf(shown), shown);

  heading('4. The gathered app');
  const gathered = await runApp(path.join(gatheredDir, 'src', 'main.ts'), 'gathered');
  if (withoutTimings(gathered.stdout) !== withoutTimings(asWritten.stdout)) {
    fail('the gathered app printed different results from the app as written');
  }
  console.log(green('same results as the app as written'));

  const speedup = asWritten.ms / gathered.ms;
  heading('5. Summary');
  console.log(bold(`as written: ${seconds(asWritten.ms)} · gathered: ${seconds(gathered.ms)} (${speedup.toFixed(1)}x faster)`));
  console.log(
    dim(
      `${reports} report(s), ${[...changed.values()].reduce((a, b) => a + b, 0)} suggestion(s) applied in ${changedFiles.length} file(s); ` +
        `backend latency ${process.env.GATHER_DEMO_DELAY_MS || '1000'} ms per call`,
    ),
  );
  if (!(speedup >= MIN_SPEEDUP)) fail(`the gathered app was not faster (${speedup.toFixed(2)}x, need ${MIN_SPEEDUP}x)`);
}

try {
  await main();
} catch (error) {
  if (!(error instanceof DemoFailure)) throw error;
  console.error(`\n${red(bold('demo failed:'))} ${error.message}`);
  process.exitCode = 1;
}
