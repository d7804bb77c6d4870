/**
 * The corpus benchmark (`pnpm --filter eslint-plugin-gather bench:corpus`; the corpus is fetched
 * on first use, see corpus/fetch-corpus.ts). Lints the whole corpus with ESLint's `stats: true`
 * (the numbers behind the CLI's `--stats`, per rule like `TIMING`):
 * - once with no rules: parsing and traversal alone;
 * - once with core `require-atomic-updates` and `no-await-in-loop`, our two rules and the peer
 *   rule `@blumintinc/blumint/parallelize-async-operations` together, each timed on its own.
 * Reports each rule's total, ours as ratios to `require-atomic-updates` and to parsing.
 */
import tsParser from '@typescript-eslint/parser';
import blumint from '@blumintinc/eslint-plugin-blumint';
import { ESLint, type Linter } from 'eslint';

// the built plugin, as users run it (tsx would wrap every function in a keepNames helper)
import plugin from '../dist/index.js';
import { CORPUS_DIR, corpusFiles } from '../corpus/fetch-corpus.js';
import { CORPUS_PACKAGES } from '../corpus/packages.js';

const quick = process.argv.includes('--quick');
const files = CORPUS_PACKAGES.filter(pkg => !quick || pkg.quick).flatMap(pkg => corpusFiles(pkg));
const RULES = [
  'require-atomic-updates',
  'no-await-in-loop',
  'gather/no-sequential-await',
  'gather/no-sequential-loop-await',
  'blumint/parallelize-async-operations',
];

function config(rules: Partial<Linter.RulesRecord>): Linter.Config[] {
  return [
    {
      files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
      plugins: { gather: plugin as never, blumint: blumint },
      linterOptions: { reportUnusedDisableDirectives: 'off', noInlineConfig: true },
      languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
      rules,
    },
    { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
    { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },
  ];
}

async function run(rules: Partial<Linter.RulesRecord>) {
  const eslint = new ESLint({ cwd: CORPUS_DIR, overrideConfigFile: true, ignore: false, stats: true, overrideConfig: config(rules) });
  const started = performance.now();
  const results = await eslint.lintFiles(files.map(file => file.path));
  const wall = performance.now() - started;
  const times = { parse: 0, rules: Object.fromEntries(RULES.map(rule => [rule, 0])) as Record<string, number>, total: 0 };
  let linted = 0;
  const reports: Record<string, number> = {};
  for (const result of results) {
    const pass = result.stats?.times.passes[0];
    if (!pass || result.fatalErrorCount > 0) continue;
    linted++;
    times.parse += pass.parse?.total ?? 0;
    times.total += pass.total;
    for (const rule of RULES) times.rules[rule]! += pass.rules?.[rule]?.total ?? 0;
    for (const message of result.messages) if (message.ruleId) reports[message.ruleId] = (reports[message.ruleId] ?? 0) + 1;
  }
  return { wall, times, linted, reports };
}

const none = await run({});
const all = await run(Object.fromEntries(RULES.map(rule => [rule, 'warn'])));
const ms = (value: number): string => `${value.toFixed(0)} ms`;
const atomic = all.times.rules['require-atomic-updates']!;
console.log(`node ${process.version}, ${files.length} files (${files.filter(file => file.typescript).length} TypeScript), ${all.linted} linted`);
console.log(`no rules: parse ${ms(none.times.parse)}, whole pass ${ms(none.times.total)}, wall ${ms(none.wall)}`);
console.log(`with the ${RULES.length} rules: parse ${ms(all.times.parse)}, wall ${ms(all.wall)}`);
for (const rule of RULES) console.log(`  ${rule.padEnd(42)} ${ms(all.times.rules[rule]!).padStart(9)}  ${all.reports[rule] ?? 0} reports`);
for (const rule of ['gather/no-sequential-await', 'gather/no-sequential-loop-await']) {
  const ours = all.times.rules[rule]!;
  console.log(`${rule}: / require-atomic-updates ${(ours / atomic).toFixed(2)}; / parse ${((100 * ours) / all.times.parse).toFixed(2)}%`);
}
