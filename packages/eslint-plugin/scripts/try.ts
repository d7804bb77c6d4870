// Prints both rules' reports and each suggestion's rewritten lines for a file: `pnpm exec tsx scripts/try.ts file.ts [options-json]`
import { readFileSync } from 'node:fs';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import plugin from '../src/index.js';

const file = process.argv[2]!;
const code = readFileSync(file, 'utf8');
const options = (process.argv[3] ? JSON.parse(process.argv[3]) : {}) as Record<string, unknown>;
const linter = new Linter({ configType: 'flat', cwd: '/' });
const isTs = /\.[mc]?tsx?$/.test(file);
const config = [
  {
    files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
    plugins: { gather: plugin as never },
    languageOptions: {
      ecmaVersion: 'latest' as const,
      sourceType: 'module' as const,
      ...(isTs ? { parser: tsParser as never } : {}),
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: { 'gather/no-sequential-await': ['error', options] as never, 'gather/no-sequential-loop-await': ['error', options] as never },
  },
];
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
