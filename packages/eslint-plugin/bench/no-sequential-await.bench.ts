/**
 * Benchmark of gather/no-sequential-await (run with `pnpm --filter eslint-plugin-gather bench`).
 *
 * Lints synthetic TypeScript files of 1k, 10k and 100k lines, realistic async handlers with
 * independent, dependent, nested, looped and side-effecting awaits, with ESLint's own timing
 * (`stats: true`): the parse time, the time of core `require-atomic-updates` (a rule of the same
 * kind: it follows awaits through scopes), and ours. Medians of several runs. The rule must grow
 * linearly (ms per 1k lines stays flat) and cost a small fraction of parsing.
 */
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';

// the built plugin, as users run it (tsx would wrap every function in a keepNames helper)
import plugin from '../dist/index.js';

const HANDLER = (index: number): string => `
export async function handler${index}(id: string, db: Db, api: Api): Promise<Result> {
  const user: User = await api.getUser(id);
  const posts = await api.getPosts(id);
  const org = await api.getOrg(user.orgId);
  await db.audit.create({ data: { id, at: Date.now() } });
  if (posts.length > 10) {
    const extra = await api.getExtra(id);
    console.log(extra);
  }
  let total = 0;
  for (const post of posts) {
    const stats = await api.getStats(post.id);
    const comments = await api.getComments(post.id);
    total += stats.views + comments.length;
  }
  this.cache = await api.getCache(org.id);
  return { user, posts, org, total, settings: await api.getSettings(id), flags: await api.getFlags() };
}
`;

function syntheticFile(lines: number): string {
  const perHandler = HANDLER(0).split('\n').length - 1;
  return Array.from({ length: Math.ceil(lines / perHandler) }, (_, index) => HANDLER(index)).join('');
}

interface Sample {
  parse: number;
  requireAtomicUpdates: number;
  noSequentialAwait: number;
  reports: number;
}

async function measure(code: string): Promise<Sample> {
  const eslint = new ESLint({
    overrideConfigFile: true,
    stats: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser as never },
        plugins: { gather: plugin as never },
        rules: { 'require-atomic-updates': 'warn', 'gather/no-sequential-await': 'warn' },
      },
    ],
  });
  const [result] = await eslint.lintText(code, { filePath: 'bench.ts' });
  const pass = result!.stats!.times.passes[0]!;
  return {
    parse: pass.parse?.total ?? 0,
    requireAtomicUpdates: pass.rules?.['require-atomic-updates']?.total ?? 0,
    noSequentialAwait: pass.rules?.['gather/no-sequential-await']?.total ?? 0,
    reports: result!.messages.filter(message => message.ruleId === 'gather/no-sequential-await').length,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const rows: string[] = [];
for (const lines of [1_000, 10_000, 100_000]) {
  const code = syntheticFile(lines);
  const actualLines = code.split('\n').length;
  await measure(code); // warm-up: JIT and caches
  const samples: Sample[] = [];
  for (let run = 0; run < (lines >= 100_000 ? Math.min(RUNS, 3) : RUNS); run++) samples.push(await measure(code));
  const parse = median(samples.map(sample => sample.parse));
  const atomic = median(samples.map(sample => sample.requireAtomicUpdates));
  const ours = median(samples.map(sample => sample.noSequentialAwait));
  rows.push(
    [
      String(actualLines).padStart(7),
      parse.toFixed(1).padStart(9),
      atomic.toFixed(1).padStart(10),
      ours.toFixed(1).padStart(9),
      ((ours / actualLines) * 1000).toFixed(2).padStart(12),
      (ours / atomic).toFixed(2).padStart(13),
      `${((ours / parse) * 100).toFixed(1)}%`.padStart(10),
      String(samples[0]!.reports).padStart(8),
    ].join(' |'),
  );
}
console.log(`node ${process.version}, ${RUNS} runs (3 at 100k lines), medians in ms`);
console.log('  lines |    parse | req-atomic |     ours | ours/1k lines | ours/atomic | ours/parse | reports');
for (const row of rows) console.log(row);
