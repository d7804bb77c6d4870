/**
 * Runs the built plugin under oxlint (the pinned devDependency) as a JS plugin, the way a user's
 * `.oxlintrc.json` would, and reads its reports back in ESLint's terms, so that the two can be
 * compared: see tests/oxlint-parity.test.ts and `pnpm corpus --oxlint`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { RULE_IDS } from './lint-corpus-file.js';

/** A report as both tools can give it: where, which rule, what it says. */
export interface ToolReport {
  readonly file: string;
  readonly ruleId: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

const PLUGIN_ENTRY = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const OXLINT_BIN = path.join(path.dirname(createRequire(import.meta.url).resolve('oxlint/package.json')), 'bin', 'oxlint');
/** Files per oxlint run: command lines have a length limit. */
const CHUNK = 400;

function writeConfig(directory: string): string {
  const config = path.join(directory, '.oxlintrc.json');
  writeFileSync(
    config,
    JSON.stringify({
      jsPlugins: [PLUGIN_ENTRY],
      // only our rules: the built-in ones stay off
      categories: { correctness: 'off' },
      rules: Object.fromEntries(RULE_IDS.map(rule => [rule, 'warn'])),
    }),
  );
  return config;
}

function run(args: readonly string[], cwd: string): string {
  try {
    return execFileSync(process.execPath, [OXLINT_BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    // oxlint exits non-zero when it reports; its JSON is still on stdout
    const stdout = (error as { stdout?: string }).stdout;
    if (typeof stdout === 'string' && stdout.trim().startsWith('{')) return stdout;
    throw error;
  }
}

/** oxlint's reports of our rules for these files (absolute paths). */
export function oxlintReports(files: readonly string[]): ToolReport[] {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'gather-oxlint-'));
  try {
    const config = writeConfig(directory);
    const reports: ToolReport[] = [];
    for (let start = 0; start < files.length; start += CHUNK) {
      const output = run(['-c', config, '-f', 'json', '--threads', '2', ...files.slice(start, start + CHUNK)], directory);
      const { diagnostics } = JSON.parse(output) as {
        diagnostics: { message: string; code: string; filename: string; labels: { span: { line: number; column: number } }[] }[];
      };
      for (const diagnostic of diagnostics) {
        const match = /^([^(]+)\((.+)\)$/.exec(diagnostic.code);
        const label = diagnostic.labels[0];
        if (!match || !label) continue;
        reports.push({
          file: path.resolve(directory, diagnostic.filename),
          ruleId: `${match[1]}/${match[2]}`,
          line: label.span.line,
          column: label.span.column,
          message: diagnostic.message,
        });
      }
    }
    return reports;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/**
 * Each file's text after `oxlint --fix-suggestions`, by original path. Each file is fixed in a
 * copy of its folder, so that the modules it imports from there (`./_modules/…`) are read as
 * ESLint reads them in place.
 */
export function oxlintWithSuggestionsApplied(files: readonly string[]): Map<string, string> {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'gather-oxlint-fix-'));
  try {
    const config = writeConfig(directory);
    const folders = new Map<string, string>();
    const copies = files.map(file => {
      let folder = folders.get(path.dirname(file));
      if (!folder) {
        folder = path.join(directory, String(folders.size));
        cpSync(path.dirname(file), folder, { recursive: true });
        folders.set(path.dirname(file), folder);
      }
      return path.join(folder, path.basename(file));
    });
    for (let start = 0; start < copies.length; start += CHUNK)
      run(['-c', config, '--fix-suggestions', '--threads', '2', ...copies.slice(start, start + CHUNK)], directory);
    return new Map(files.map((file, index) => [file, readFileSync(copies[index]!, 'utf8')]));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** A report as a line to compare and print. */
export function reportKey(report: ToolReport): string {
  return `${report.file}:${report.line}:${report.column} ${report.ruleId} ${report.message}`;
}
