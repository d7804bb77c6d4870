// Prints both rules' reports and each suggestion's rewritten lines for a file: `pnpm exec tsx scripts/try.ts file.ts [options-json]`
import { readFileSync } from 'node:fs';
import { Linter } from 'eslint';
import plugin from '../src/index.js';
import { dialectOf, lintConfig } from '../src/lint-config.js';

const file = process.argv[2]!;
const code = readFileSync(file, 'utf8');
const options = (process.argv[3] ? JSON.parse(process.argv[3]) : {}) as Record<string, unknown>;
const linter = new Linter({ configType: 'flat', cwd: '/' });
const config = lintConfig({
  dialect: dialectOf(file, { jsxInJs: true }),
  plugins: { gather: plugin },
  rules: { 'gather/no-sequential-await': ['error', options], 'gather/no-sequential-loop-await': ['error', options] },
});
const messages = linter.verify(code, config, { filename: file.replace(/^.*\//, '') });
for (const message of messages) {
  console.log(`${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
  for (const suggestion of message.suggestions ?? []) {
    // the rewritten lines, whole
    const start = code.lastIndexOf('\n', suggestion.fix.range[0] - 1) + 1;
    const end = code.indexOf('\n', suggestion.fix.range[1]);
    const rewritten = code.slice(start, suggestion.fix.range[0]) + suggestion.fix.text + code.slice(suggestion.fix.range[1], end === -1 ? undefined : end);
    console.log(`--- ${suggestion.desc}\n${rewritten}\n---`);
  }
  if (message.fatal) console.log('FATAL');
}
if (messages.length === 0) console.log('(no reports)');
