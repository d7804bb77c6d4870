// Turns snippets (separated by lines of ====) into RuleTester cases with the rule's current
// output, for a person to review before pasting: `pnpm exec tsx scripts/cases-from-snippets.ts file.ts [valid]`.
// Cases whose report or silence differs from what was asked are printed as warnings.
import { readFileSync } from 'node:fs';

import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

import plugin from '../src/index.js';

const [file, mode] = process.argv.slice(2) as [string, string | undefined];
const snippets = readFileSync(file, 'utf8').split(/^====$/m).map(snippet => `\n${snippet.trim()}`);
const linter = new Linter({ configType: 'flat', cwd: '/' });
const quote = (text: string): string => '`' + text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
for (const code of snippets) {
  const messages = linter.verify(code, [{ files: ['**/*.ts'], plugins: { gather: plugin as never }, languageOptions: { parser: tsParser as Linter.Parser }, rules: { 'gather/no-sequential-await': 'error' } }], { filename: 'file.ts' });
  if (mode === 'valid') {
    if (messages.length > 0) console.error(`WARNING reported:\n${code}\n${messages.map(message => `${message.line}: ${message.message}`).join('\n')}`);
    console.log(`  ${quote(code)},`);
    continue;
  }
  if (messages.length === 0) console.error(`WARNING not reported:\n${code}`);
  const errors = messages.map(message => {
    const count = /^(\d+)/.exec(message.message)?.[1] ?? '?';
    const suggestion = message.suggestions?.[0];
    const output = suggestion ? code.slice(0, suggestion.fix.range[0]) + suggestion.fix.text + code.slice(suggestion.fix.range[1]) : null;
    return output === null
      ? `      { messageId: 'sequentialAwaits', data: { count: ${count} }, line: ${message.line}, column: ${message.column}, suggestions: [] },`
      : `      group(${count}, ${message.line}, ${message.column}, ${quote(output)}),`;
  });
  console.log(`  {\n    code: ${quote(code)},\n    errors: [\n${errors.join('\n')}\n    ],\n  },`);
}
