// Scratch: lint real files with the rule, apply each suggestion alone, check it parses and settles.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import plugin from '../src/index.js';

const roots = process.argv.slice(2);
const files: string[] = [];
function walk(dir: string) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    let st;
    try { st = statSync(path); } catch { continue; }
    if (st.isDirectory()) { if (name !== '.bin') walk(path); }
    else if (/\.(m?js|cjs|ts|tsx|mts)$/.test(name) && !name.endsWith('.d.ts') && !/\.min\./.test(name) && st.size < 1_000_000) files.push(path);
  }
}
roots.forEach(walk);
const linter = new Linter({ configType: 'flat', cwd: '/' });
function config(file: string) {
  const ts = /\.(ts|tsx|mts)$/.test(file);
  return [{
    files: ['**/*'],
    plugins: { gather: plugin as never },
    languageOptions: { ecmaVersion: 'latest' as const, sourceType: (file.endsWith('.cjs') ? 'commonjs' : 'module') as never, ...(ts ? { parser: tsParser as never, parserOptions: { ecmaFeatures: { jsx: file.endsWith('x') } } } : {}) },
    rules: { 'gather/no-sequential-await': 'error' as const },
  }];
}
let parsed = 0, fatal = 0, reports = 0, suggestions = 0, bad = 0, crashes = 0, awaits = 0;
const samples: string[] = [];
const start = performance.now();
for (const file of files) {
  const code = readFileSync(file, 'utf8');
  awaits += (code.match(/\bawait\b/g) ?? []).length;
  let messages;
  try { messages = linter.verify(code, config(file), { filename: file }); }
  catch (error) { crashes++; console.log('CRASH', file, String(error).slice(0, 300)); continue; }
  if (messages.some(m => m.fatal)) { fatal++; continue; }
  parsed++;
  for (const m of messages) {
    if (m.ruleId !== 'gather/no-sequential-await') { if (m.ruleId === null) { crashes++; console.log('ERR', file, m.message.slice(0, 300)); } continue; }
    reports++;
    for (const s of m.suggestions ?? []) {
      suggestions++;
      const out = code.slice(0, s.fix.range[0]) + s.fix.text + code.slice(s.fix.range[1]);
      const after = linter.verify(out, config(file), { filename: file });
      const problem = after.some(a => a.fatal) ? 'PARSE ' + after.find(a => a.fatal)!.message : after.length >= messages.length ? 'SETTLE' : null;
      const commentsBefore = (code.match(/\/\/|\/\*/g) ?? []).length, commentsAfter = (out.match(/\/\/|\/\*/g) ?? []).length;
      const c = commentsBefore !== commentsAfter ? 'COMMENTS' : null;
      if (problem || c) { bad++; console.log('BAD', problem ?? c, file + ':' + m.line); }
      const lines = code.split('\n');
      samples.push(`## ${file}:${m.line}\n${m.message}\n\`\`\`\n${lines.slice(Math.max(0, m.line - 4), m.line + 8).join('\n')}\n\`\`\`\n->\n\`\`\`\n${s.fix.text}\n\`\`\`\n`);
    }
    if ((m.suggestions ?? []).length === 0) samples.push(`## ${file}:${m.line} (no suggestion)\n`);
  }
}
writeFileSync('/tmp/corpus/samples.md', samples.join('\n'));
console.log({ files: files.length, parsed, fatal, awaits, reports, suggestions, bad, crashes, seconds: ((performance.now() - start) / 1000).toFixed(1) });
