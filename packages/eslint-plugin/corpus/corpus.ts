/**
 * The corpus run: `pnpm corpus` (everything) or `pnpm corpus --quick` (the CI slice).
 *
 * Lints every corpus file with our two rules (TypeScript parser for TypeScript, ESLint's default
 * parser for JavaScript), counts the loops core `no-await-in-loop` flags beside them, and checks:
 * 1. no crash; a file that does not parse is counted and skipped;
 * 2. every suggestion, applied on its own: the result parses with the same parser; re-linting it
 *    reports nothing where the group was and nothing that was not reported before; it has as many
 *    comments; every name the group declared is declared as often as before;
 * 3. for TypeScript packages, a sample of files type-checks after all their suggestions are
 *    applied with no error that was not there before;
 * and writes a review sample of each rule's reports (fixed seed) with context and the suggestion as a diff;
 * `--reports FILE` also writes every report as a JSON line, to compare two runs, and
 * `--review-excluding FILE` leaves the reports of such a file out of the review sample;
 * `--oxlint` also runs the built plugin under oxlint over the same files and counts the reports
 * the two tools do not share (the symmetric difference: each one counts as a failed check).
 * Exits non-zero on any crash or invalid suggestion.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { CORPUS_DIR, corpusFiles, type CorpusFile } from './fetch-corpus.js';
import { CORPUS_PACKAGES } from './packages.js';
import { checkSuggestion, lintFile, RULE_IDS, type LintedFile } from './lint-corpus-file.js';
import { oxlintReports, reportKey } from './oxlint.js';
import { typeCheckSample } from './type-check-sample.js';
import { writeReview } from './review.js';

const quick = process.argv.includes('--quick');
const withOxlint = process.argv.includes('--oxlint');
/** `--reports FILE`: every report as a JSON line (file, line, column, message), to compare runs. */
const reportsPath = argumentAfter('--reports');
/** `--review-excluding FILE`: leave the reports of an earlier `--reports` file out of the review (judge fresh ones). */
const judgedPath = argumentAfter('--review-excluding');

function argumentAfter(flag: string): string | undefined {
  return process.argv.includes(flag) ? process.argv[process.argv.indexOf(flag) + 1] : undefined;
}
const reviewSize = Number(process.env.GATHER_REVIEW_SIZE ?? 100);
const typeCheckFiles = Number(process.env.GATHER_TYPECHECK_FILES ?? (quick ? 4 : 40));

const started = performance.now();
const packages = CORPUS_PACKAGES.filter(pkg => !quick || pkg.quick);
const files: CorpusFile[] = [];
for (const pkg of packages) {
  const found = corpusFiles(pkg);
  console.log(`${pkg.name}@${pkg.version}: ${found.length} files`);
  files.push(...found);
}

const totals = { files: files.length, typescript: 0, parsed: 0, parseFailures: 0, crashes: 0, awaits: 0, reports: 0, suggestions: 0, invalid: 0, coreLoops: 0 };
const reportsByRule = new Map<string, number>(RULE_IDS.map(rule => [rule, 0]));
const problems: string[] = [];
const linted: LintedFile[] = [];
for (const file of files) {
  const text = readFileSync(file.path, 'utf8');
  if (file.typescript) totals.typescript++;
  totals.awaits += (text.match(/\bawait\b/g) ?? []).length;
  const result = lintFile(file, text);
  if (result.kind === 'crash') {
    totals.crashes++;
    problems.push(`CRASH ${file.path}: ${result.error}`);
    continue;
  }
  if (result.kind === 'parse-failure') {
    totals.parseFailures++;
    continue;
  }
  totals.parsed++;
  totals.reports += result.messages.length;
  totals.coreLoops += result.coreLoops;
  for (const message of result.messages) reportsByRule.set(message.ruleId!, (reportsByRule.get(message.ruleId!) ?? 0) + 1);
  if (result.messages.length > 0) linted.push(result);
  for (const message of result.messages) {
    if (!message.suggestions?.length) continue;
    totals.suggestions++;
    const invalid = checkSuggestion(result, message);
    if (invalid) {
      totals.invalid++;
      problems.push(`INVALID ${file.path}:${message.line}: ${invalid}`);
    }
  }
}

if (reportsPath) {
  const lines = linted.flatMap(file =>
    file.messages.map(message =>
      JSON.stringify({
        rule: message.ruleId,
        file: path.relative(CORPUS_DIR, file.file.path),
        line: message.line,
        column: message.column,
        message: message.message,
      }),
    ),
  );
  writeFileSync(reportsPath, lines.join('\n') + (lines.length > 0 ? '\n' : ''));
}

const typeCheck = typeCheckSample(
  linted.filter(file => file.file.typescript),
  typeCheckFiles,
);
for (const failure of typeCheck.failures) problems.push(`TYPES ${failure}`);

mkdirSync(CORPUS_DIR, { recursive: true });
const judged = new Set(
  judgedPath
    ? readFileSync(judgedPath, 'utf8')
        .split('\n')
        .filter(line => line.trim() !== '')
        .map(line => {
          const report = JSON.parse(line) as { rule?: string; file: string; line: number };
          return `${report.rule ?? RULE_IDS[0]}:${report.file}:${report.line}`;
        })
    : [],
);
const reviewPaths: string[] = [];
for (const rule of RULE_IDS) {
  const stem = rule.replace('gather/', '');
  const reviewPath = path.join(CORPUS_DIR, `review-${stem}${quick ? '-quick' : ''}.md`);
  const ofRule = linted.map(file => ({ ...file, messages: file.messages.filter(message => message.ruleId === rule) })).filter(file => file.messages.length > 0);
  writeFileSync(
    reviewPath,
    writeReview(ofRule, reviewSize, 20261121, (file, line) => !judged.has(`${rule}:${path.relative(CORPUS_DIR, file)}:${line}`)),
  );
  reviewPaths.push(reviewPath);
}

let oxlintDifference = 0;
let oxlintSeconds = 0;
if (withOxlint) {
  const all = files.map(file => file.path);
  const oxlintStarted = performance.now();
  const byOxlint = new Set(oxlintReports(all).map(reportKey));
  oxlintSeconds = (performance.now() - oxlintStarted) / 1000;
  const byESLint = new Set(
    linted.flatMap(file =>
      file.messages.map(message =>
        reportKey({ file: file.file.path, ruleId: message.ruleId!, line: message.line, column: message.column, message: message.message }),
      ),
    ),
  );
  const onlyOxlint = [...byOxlint].filter(key => !byESLint.has(key));
  const onlyESLint = [...byESLint].filter(key => !byOxlint.has(key));
  oxlintDifference = onlyOxlint.length + onlyESLint.length;
  for (const key of onlyOxlint) problems.push(`OXLINT ONLY ${key}`);
  for (const key of onlyESLint) problems.push(`ESLINT ONLY ${key}`);
  console.log(
    `oxlint: ${byOxlint.size} reports on ${all.length} files in ${oxlintSeconds.toFixed(1)} s (ESLint: ${byESLint.size}); symmetric difference ${oxlintDifference}`,
  );
}

for (const problem of problems) console.log(problem);
const seconds = (performance.now() - started) / 1000;
console.log(
  `corpus${quick ? ' --quick' : ''}: ${packages.length} packages, ${totals.files} files (${totals.typescript} TypeScript), ` +
    `${totals.parsed} parsed, ${totals.parseFailures} parse failures skipped, ${totals.awaits} awaits, ${totals.reports} reports ` +
    `(${[...reportsByRule].map(([rule, count]) => `${rule} ${count}`).join(', ')}; core no-await-in-loop flags ${totals.coreLoops} loops), ` +
    `${totals.suggestions} suggestions, ${totals.invalid} invalid, ${totals.crashes} crashes; ` +
    `type-checked ${typeCheck.checked} files with ${typeCheck.applied} suggestions applied, ${typeCheck.failures.length} with new errors; ` +
    `${seconds.toFixed(0)} s`,
);
console.log(`review samples: ${reviewPaths.join(', ')}`);
// the plain closing line CI reads: every check counts as one test
const checks = totals.files + totals.suggestions + typeCheck.checked;
const failed = totals.crashes + totals.invalid + typeCheck.failures.length + oxlintDifference;
console.log(`corpus: ${checks - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
