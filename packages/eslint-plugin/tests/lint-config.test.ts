import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../src/index.js';
import { dialectOf, lintConfig } from '../src/lint-config.js';

describe('dialectOf', () => {
  it.each([
    ['a.ts', { typescript: true, jsx: false, sourceType: 'module' }],
    ['a.tsx', { typescript: true, jsx: true, sourceType: 'module' }],
    ['a.mts', { typescript: true, jsx: false, sourceType: 'module' }],
    ['a.cts', { typescript: true, jsx: false, sourceType: 'commonjs' }],
    ['a.js', { typescript: false, jsx: false, sourceType: 'module' }],
    ['a.jsx', { typescript: false, jsx: true, sourceType: 'module' }],
    ['a.mjs', { typescript: false, jsx: false, sourceType: 'module' }],
    ['a.cjs', { typescript: false, jsx: false, sourceType: 'commonjs' }],
    ['/dir.v2/A.TS', { typescript: true, jsx: false, sourceType: 'module' }],
  ])('%s', (fileName, dialect) => {
    expect(dialectOf(fileName)).toEqual(dialect);
  });

  it('reads JSX in every JavaScript file, never in .ts, when asked', () => {
    expect(dialectOf('a.js', { jsxInJs: true }).jsx).toBe(true);
    expect(dialectOf('a.cjs', { jsxInJs: true }).jsx).toBe(true);
    expect(dialectOf('a.ts', { jsxInJs: true }).jsx).toBe(false);
  });
});

describe('lintConfig', () => {
  const linter = new Linter({ configType: 'flat', cwd: '/' });
  const rules = { 'gather/no-sequential-await': 'error' } as const;
  const lint = (code: string, filename: string, jsxInJs = false): Linter.LintMessage[] =>
    linter.verify(code, lintConfig({ dialect: dialectOf(filename, { jsxInJs }), plugins: { gather: plugin }, rules }), { filename });
  const group = 'async function f(id) {\n  const a = await getA(id);\n  const b = await getB(id);\n  return [a, b];\n}\n';

  it('lints TypeScript with its types and TSX with JSX', () => {
    const typed = group.replace('(id)', '(id: string): Promise<[A, B]>');
    expect(lint(typed, '/x/a.ts').map(message => message.ruleId)).toEqual(['gather/no-sequential-await']);
    expect(lint(`${typed}const view = <T,>(x: T) => <div>{String(x)}</div>;\n`, '/x/a.tsx').map(message => message.ruleId)).toEqual([
      'gather/no-sequential-await',
    ]);
    // in .ts, `<T>x` is a cast
    expect(lint(`${typed}const n = <number>(1 as unknown);\n`, '/x/a.ts').filter(message => message.fatal)).toEqual([]);
  });

  it('lints JavaScript with espree, JSX only where the dialect has it', () => {
    expect(lint(group, '/x/a.js').map(message => message.ruleId)).toEqual(['gather/no-sequential-await']);
    const withJsx = `${group}const view = <div />;\n`;
    expect(lint(withJsx, '/x/a.js').some(message => message.fatal)).toBe(true);
    expect(lint(withJsx, '/x/a.js', true).map(message => message.ruleId)).toEqual(['gather/no-sequential-await']);
  });

  it('parses .cjs as CommonJS: a top-level return is allowed', () => {
    expect(lint(`${group}if (require.main !== module) return;\n`, '/x/a.cjs').filter(message => message.fatal)).toEqual([]);
  });

  it('passes linter options through', () => {
    // ESLint reports an unused disable comment by default: turned off, it must not
    const code = `// eslint-disable-next-line no-console\n${group}`;
    const unused = (linterOptions?: Linter.LinterOptions): Linter.LintMessage[] =>
      linter
        .verify(code, lintConfig({ dialect: dialectOf('a.js'), plugins: { gather: plugin }, rules, ...(linterOptions ? { linterOptions } : {}) }), {
          filename: '/x/a.js',
        })
        .filter(message => message.ruleId === null && /Unused eslint-disable/.test(message.message));
    expect(unused()).toHaveLength(1);
    expect(unused({ reportUnusedDisableDirectives: 'off' })).toEqual([]);
  });
});
