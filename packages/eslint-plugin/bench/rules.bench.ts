/**
 * Benchmark of the plugin's rules (run with `pnpm --filter eslint-plugin-gather bench`).
 *
 * Lints synthetic TypeScript files of 1k, 10k and 100k lines in two shapes, with ESLint's own
 * timing (`stats: true`): the parse time, the time of core `require-atomic-updates` (a rule of the
 * same kind: it follows awaits through scopes), and each of ours. Medians of several runs. Each
 * rule must grow linearly (ms per 1k lines stays flat) and cost a small fraction of parsing.
 * - `handlers`: realistic async handlers with independent, dependent, nested, looped and
 *   side-effecting awaits;
 * - `templates`: awaits inside multi-line template literals and loops that build text, the shape
 *   on which an earlier rewrite planner scanned every token of the file per await (quadratic).
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

const TEMPLATE = (index: number): string => `
export async function page${index}(id: string, api: Api): Promise<string> {
  const header = \`<header>
  \${await api.getTitle(id)}
  \${await api.getSubtitle(id)}
</header>\`;
  const rows: string[] = [];
  for (const item of await api.listItems(id)) {
    rows.push(\`<li>
  \${await api.describe(item.id)}
</li>\`);
  }
  return \`\${header}
<ul>\${rows.join('')}</ul>
<footer>\${await api.getFooter(id)} \${await api.getCopyright()}</footer>\`;
}
`;

const SHAPES = { handlers: HANDLER, templates: TEMPLATE } as const;

function syntheticFile(shape: keyof typeof SHAPES, lines: number): string {
  const unit = SHAPES[shape];
  const perUnit = unit(0).split('\n').length - 1;
  return Array.from({ length: Math.ceil(lines / perUnit) }, (_, index) => unit(index)).join('');
}

const RULES = ['gather/no-sequential-await', 'gather/no-sequential-loop-await'] as const;

interface Sample {
  parse: number;
  requireAtomicUpdates: number;
  rules: Record<(typeof RULES)[number], number>;
  reports: number;
}

async function measure(code: string): Promise<Sample> {
  const eslint = new ESLint({
    overrideConfigFile: true,
    stats: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser },
        plugins: { gather: plugin as never },
        rules: { 'require-atomic-updates': 'warn', ...Object.fromEntries(RULES.map(rule => [rule, 'warn'])) },
      },
    ],
  });
  const [result] = await eslint.lintText(code, { filePath: 'bench.ts' });
  const pass = result!.stats!.times.passes[0]!;
  return {
    parse: pass.parse?.total ?? 0,
    requireAtomicUpdates: pass.rules?.['require-atomic-updates']?.total ?? 0,
    rules: Object.fromEntries(RULES.map(rule => [rule, pass.rules?.[rule]?.total ?? 0])) as Sample['rules'],
    reports: result!.messages.filter(message => message.ruleId?.startsWith('gather/')).length,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const rows: string[] = [];
for (const shape of Object.keys(SHAPES) as (keyof typeof SHAPES)[]) {
  for (const lines of [1_000, 10_000, 100_000]) {
    const code = syntheticFile(shape, lines);
    const actualLines = code.split('\n').length;
    await measure(code); // warm-up: JIT and caches
    const samples: Sample[] = [];
    for (let run = 0; run < (lines >= 100_000 ? Math.min(RUNS, 3) : RUNS); run++) samples.push(await measure(code));
    const parse = median(samples.map(sample => sample.parse));
    const atomic = median(samples.map(sample => sample.requireAtomicUpdates));
    for (const rule of RULES) {
      const ours = median(samples.map(sample => sample.rules[rule]));
      rows.push(
        [
          shape.padEnd(9),
          rule.replace('gather/', '').padEnd(24),
          String(actualLines).padStart(7),
          parse.toFixed(1).padStart(9),
          atomic.toFixed(1).padStart(10),
          ours.toFixed(1).padStart(8),
          ((ours / actualLines) * 1000).toFixed(2).padStart(8),
          (ours / atomic).toFixed(2).padStart(11),
          `${((ours / parse) * 100).toFixed(1)}%`.padStart(10),
          String(samples[0]!.reports).padStart(8),
        ].join(' |'),
      );
    }
  }
}
console.log(`node ${process.version}, ${RUNS} runs (3 at 100k lines), medians in ms; reports: both rules`);
console.log('shape     | rule                     |   lines |    parse | req-atomic |    rule | per 1k | rule/atomic | rule/parse | reports');
for (const row of rows) console.log(row);
