// Turns snippets (separated by lines of ====) into RuleTester cases with a rule's current output,
// for a person to review before pasting:
//   pnpm exec tsx scripts/cases-from-snippets.ts file.ts [valid] [--rule no-sequential-loop-await]
// A snippet whose first line is `// file: name.js` (or .jsx, .tsx) is linted as that file, and its
// case spreads the matching settings of tests/rules/cases.ts (`...javascript`, `...jsx`, `...tsx`).
// Cases whose report or silence differs from what was asked are printed as warnings.
import { readFileSync } from 'node:fs';

import { Linter } from 'eslint';

import plugin from '../src/index.js';
import { dialectOf, lintConfig } from '../src/lint-config.js';

const args = process.argv.slice(2);
const file = args[0]!;
const valid = args.includes('valid');
const rule = args.includes('--rule') ? args[args.indexOf('--rule') + 1]! : 'no-sequential-await';
const snippets = readFileSync(file, 'utf8')
  .split(/^====$/m)
  .map(snippet => snippet.trim());
const linter = new Linter({ configType: 'flat', cwd: '/' });
const quote = (text: string): string => '`' + text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
for (const snippet of snippets) {
  const header = /^\/\/ file: (\S+)\n/.exec(snippet);
  const filename = header?.[1] ?? 'file.ts';
  const code = `\n${header ? snippet.slice(header[0].length) : snippet}`;
  const settings = filename.endsWith('.jsx') ? '...jsx, ' : filename.endsWith('.js') ? '...javascript, ' : filename.endsWith('.tsx') ? '...tsx, ' : '';
  const messages = linter.verify(code, lintConfig({ dialect: dialectOf(filename), plugins: { gather: plugin }, rules: { [`gather/${rule}`]: 'error' } }), {
    filename,
  });
  const fatal = messages.find(message => message.fatal);
  if (fatal) console.error(`WARNING does not parse (${fatal.message}):\n${code}`);
  if (valid) {
    if (messages.length > 0) console.error(`WARNING reported:\n${code}\n${messages.map(message => `${message.line}: ${message.message}`).join('\n')}`);
    console.log(settings ? `  { ${settings}code: ${quote(code)} },` : `  ${quote(code)},`);
    continue;
  }
  if (messages.length === 0) console.error(`WARNING not reported:\n${code}`);
  const errors = messages.map(message => {
    const suggestion = message.suggestions?.[0];
    const output = suggestion ? code.slice(0, suggestion.fix.range[0]) + suggestion.fix.text + code.slice(suggestion.fix.range[1]) : null;
    if (rule === 'no-sequential-loop-await') {
      const awaited = /waits for (.+) before/.exec(message.message)?.[1] ?? '?';
      return output === null
        ? `      loop(${message.line}, ${message.column}, ${quote(awaited)}),`
        : `      loop(${message.line}, ${message.column}, ${quote(awaited)}, ${quote(output)}),`;
    }
    const count = /^(\d+)/.exec(message.message)?.[1] ?? '?';
    return output === null
      ? `      { messageId: 'sequentialAwaits', data: { count: ${count} }, line: ${message.line}, column: ${message.column}, suggestions: [] },`
      : `      group(${count}, ${message.line}, ${message.column}, ${quote(output)}),`;
  });
  console.log(`  {\n    ${settings}code: ${quote(code)},\n    errors: [\n${errors.join('\n')}\n    ],\n  },`);
}
