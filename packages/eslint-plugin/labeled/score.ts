/**
 * Scores the rules on the labeled sets (see README.md): `pnpm labeled` prints precision and
 * recall per set and per category, and lists the dev set's mistakes. `--check` only validates the
 * cases (they parse, their markers sit on awaits, each group has two members) without running any
 * rule; `--show-holdout` also lists the holdout set's mistakes; `--json FILE` writes the figures.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { Linter, type SourceCode } from 'eslint';

import { dialectOf, lintConfig } from '../src/lint-config.js';
import { labeledGroupsOf } from './rules.js';

const root = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const checkOnly = args.includes('--check');
const showHoldout = args.includes('--show-holdout');
const jsonPath = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const only = args.find(arg => !arg.startsWith('--') && arg !== jsonPath);

interface Case {
  readonly file: string;
  readonly rule: string;
  readonly set: string;
  readonly category: string;
  readonly text: string;
}

interface Marker {
  readonly label: string;
  readonly offset: number;
}

interface Tally {
  cases: number;
  labeled: number;
  found: number;
  reports: number;
  correct: number;
}

const emptyTally = (): Tally => ({ cases: 0, labeled: 0, found: 0, reports: 0, correct: 0 });

function listCases(): Case[] {
  const cases: Case[] = [];
  for (const rule of readdirSync(root)) {
    const ruleDir = path.join(root, rule);
    if (!statSync(ruleDir).isDirectory()) continue;
    for (const set of readdirSync(ruleDir)) {
      for (const file of walk(path.join(ruleDir, set))) {
        if (only && !file.includes(only)) continue;
        const text = readFileSync(file, 'utf8');
        const category = /^\/\/ category: *(\S+)/m.exec(text)?.[1] ?? path.basename(path.dirname(file));
        cases.push({ file, rule, set, category, text });
      }
    }
  }
  return cases;
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    // `_modules/`: files the cases import, not cases
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('_')) yield* walk(full);
    } else if (/\.(?:[mc]?[jt]sx?)$/.test(entry.name)) yield full;
  }
}

/** The files in `_modules/` folders: what the cases import. */
function listModules(): string[] {
  const found: string[] = [];
  const visit = (dir: string, inModules: boolean): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full, inModules || entry.name.startsWith('_'));
      else if (inModules && /\.(?:[mc]?[jt]sx?)$/.test(entry.name)) found.push(full);
    }
  };
  visit(root, false);
  return found;
}

const linter = new Linter({ configType: 'flat', cwd: '/' });

/**
 * Parses a case as ESLint parses it for a user (TypeScript's parser for TS, espree for JS) and
 * hands its `SourceCode`, parents set, to `inspect` from inside a rule. Returns the parse error.
 */
function withSourceCode(testCase: Case, inspect: (sourceCode: SourceCode) => void): string | null {
  const probe = {
    rules: {
      probe: {
        create: (context: { sourceCode: SourceCode }) => ({
          'Program:exit': () => {
            inspect(context.sourceCode);
          },
        }),
      },
    },
  };
  // the case's own path: its relative imports (`./_modules/…`) are read as for a user
  const filename = testCase.file;
  const messages = linter.verify(
    testCase.text,
    lintConfig({ dialect: dialectOf(filename), plugins: { labeled: probe }, rules: { 'labeled/probe': 'error' } }),
    {
      filename,
    },
  );
  const failure = messages.find(message => message.fatal || message.ruleId === null);
  return failure ? `does not parse: ${failure.message} (line ${failure.line})` : null;
}

/** `/*@A*\/ await …`: each marker comment and the offset of the await keyword it marks. */
function markersOf(text: string): { markers: Marker[]; problems: string[] } {
  const markers: Marker[] = [];
  const problems: string[] = [];
  for (const match of text.matchAll(/\/\*@([A-Z])\*\/(\s*)/g)) {
    const offset = match.index + match[0].length;
    if (!text.startsWith('await', offset) && !/^for\b/.test(text.slice(offset, offset + 4))) {
      problems.push(`marker @${match[1]} at offset ${match.index} is not right before an await or a loop`);
    }
    markers.push({ label: match[1]!, offset });
  }
  return { markers, problems };
}

function checkHeader(text: string): string[] {
  const problems: string[] = [];
  const lines = text.split('\n');
  if (!/^\/\/ case: \S/.test(lines[0] ?? '')) problems.push('line 1 must be `// case: …`');
  if (!/^\/\/ category: \S/.test(lines[1] ?? '')) problems.push('line 2 must be `// category: …`');
  if (!/^\/\/ why: \S/.test(lines[2] ?? '')) problems.push('line 3 must be `// why: …`');
  return problems;
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

const cases = listCases();
const problems: string[] = [];
const tallies = new Map<string, Tally>();
const mistakes = new Map<string, string[]>();
const tally = (key: string): Tally => {
  let found = tallies.get(key);
  if (!found) tallies.set(key, (found = emptyTally()));
  return found;
};

for (const testCase of cases) {
  const where = path.relative(root, testCase.file);
  const { markers, problems: markerProblems } = markersOf(testCase.text);
  const caseProblems = [...checkHeader(testCase.text), ...markerProblems];
  const sizes = new Map<string, number>();
  for (const marker of markers) sizes.set(marker.label, (sizes.get(marker.label) ?? 0) + 1);
  const rule = labeledGroupsOf(testCase.rule);
  if (!rule) caseProblems.push(`no rule named ${testCase.rule}`);
  const minimumMembers = rule?.minimumMembers ?? 2;
  for (const [label, size] of sizes) if (size !== 1 && minimumMembers === 1) caseProblems.push(`loop @${label} is marked ${size} times`);
  for (const [label, size] of sizes) if (size < minimumMembers) caseProblems.push(`group @${label} has ${size} member(s)`);
  let reported: number[][] = [];
  const parseError = withSourceCode(testCase, sourceCode => {
    if (rule && !checkOnly) reported = rule.groups(sourceCode, testCase.file);
  });
  if (parseError) caseProblems.push(parseError);
  if (caseProblems.length > 0 || !rule) {
    problems.push(...caseProblems.map(problem => `${where}: ${problem}`));
    continue;
  }
  if (!checkOnly) scoreCase(testCase, where, reported, markers, sizes);
}

function scoreCase(testCase: Case, where: string, reported: number[][], markers: Marker[], sizes: Map<string, number>): void {
  const labelAt = new Map(markers.map(marker => [marker.offset, marker.label]));
  const keys = [`${testCase.rule} ${testCase.set}`, `${testCase.rule} ${testCase.set} ${testCase.category}`];
  const caseTally = emptyTally();
  caseTally.cases = 1;
  caseTally.labeled = sizes.size;
  const foundLabels = new Set<string>();
  const notes: string[] = [];
  for (const group of reported) {
    caseTally.reports++;
    const labels = group.map(offset => labelAt.get(offset) ?? null);
    const label = labels[0];
    const sameGroup = label !== null && label !== undefined && labels.every(other => other === label);
    if (sameGroup) {
      caseTally.correct++;
      if (group.length === sizes.get(label)) foundLabels.add(label);
      else notes.push(`partial @${label}: reported ${group.length} of ${sizes.get(label)} (line ${lineOf(testCase.text, group[0]!)})`);
    } else {
      notes.push(`wrong report at line ${lineOf(testCase.text, group[0]!)}: ${group.length} awaits (${labels.map(other => other ?? '-').join(',')})`);
    }
  }
  caseTally.found = foundLabels.size;
  for (const label of sizes.keys()) {
    if (!foundLabels.has(label)) {
      const first = markers.find(marker => marker.label === label)!;
      if (!notes.some(note => note.startsWith(`partial @${label}`))) notes.push(`missed @${label} (line ${lineOf(testCase.text, first.offset)})`);
    }
  }
  for (const key of keys) {
    const total = tally(key);
    for (const field of Object.keys(caseTally) as (keyof Tally)[]) total[field] += caseTally[field];
  }
  if (notes.length > 0) {
    const list = mistakes.get(testCase.set) ?? [];
    list.push(`${where}: ${notes.join('; ')}`);
    mistakes.set(testCase.set, list);
  }
}

// the modules the cases import must parse too: one that does not would silently be no module
const modules = listModules();
for (const file of modules) {
  const parseError = withSourceCode({ file, rule: '', set: '', category: '', text: readFileSync(file, 'utf8') }, () => {});
  if (parseError) problems.push(`${path.relative(root, file)}: ${parseError}`);
}

for (const problem of problems) console.log(`INVALID ${problem}`);
if (checkOnly) {
  console.log(`labeled --check: ${cases.length} cases, ${modules.length} imported modules, ${problems.length} problems`);
  process.exitCode = problems.length > 0 ? 1 : 0;
} else {
  for (const [set, list] of mistakes) {
    if (set === 'holdout' && !showHoldout) continue;
    console.log(`\n${set} mistakes:`);
    for (const line of list) console.log(`  ${line}`);
  }
  const ratio = (a: number, b: number): string => (b === 0 ? '   -' : (a / b).toFixed(3));
  console.log('\nset / category                                   cases groups reports precision recall');
  for (const [key, total] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
    const isSet = key.split(' ').length === 2;
    console.log(
      `${(isSet ? key : `  ${key.split(' ')[2]}`).padEnd(48)} ${String(total.cases).padStart(5)} ${String(total.labeled).padStart(6)} ${String(total.reports).padStart(7)} ` +
        `${ratio(total.correct, total.reports).padStart(9)} ${ratio(total.found, total.labeled).padStart(6)}`,
    );
  }
  if (jsonPath) writeFileSync(jsonPath, JSON.stringify(Object.fromEntries(tallies), null, 2));
  process.exitCode = problems.length > 0 ? 1 : 0;
}
