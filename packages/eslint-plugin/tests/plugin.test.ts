import { readFileSync } from 'node:fs';

import tsParser from '@typescript-eslint/parser';
import { ESLint as ESLint10 } from 'eslint';
import { ESLint as ESLint9 } from 'eslint-v9';
import { describe, expect, it } from 'vitest';

import plugin, { DEFAULT_EFFECT_VERBS } from '../src/index.js';

const SEQUENTIAL = `
export async function load(id: string) {
  const user = await getUser(id);
  const posts = await getPosts(id);
  return { user, posts };
}
`;

const SEQUENTIAL_JS = SEQUENTIAL.replace('id: string', 'id');

function lintWith(ESLint: typeof ESLint10, code: string, filePath: string, rules?: Record<string, unknown>) {
  const eslint = new ESLint({
    cwd: import.meta.dirname,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
      plugin.configs.recommended as never,
      ...(rules ? [{ rules } as never] : []),
    ],
  });
  return eslint.lintText(code, { filePath });
}

describe('the plugin object', () => {
  it('names itself and its version, as package.json does', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
    expect(plugin.meta).toMatchObject({ name: manifest.name, version: manifest.version });
  });

  it('recommends both rules as warnings', () => {
    expect(plugin.configs.recommended.rules).toEqual({ 'gather/no-sequential-await': 'warn', 'gather/no-sequential-loop-await': 'warn' });
    expect(plugin.configs.recommended.plugins?.['gather']).toBe(plugin);
  });

  it('offers suggestions and never a fix', () => {
    for (const each of Object.values(plugin.rules)) {
      expect(each.meta.hasSuggestions).toBe(true);
      expect(each.meta.fixable).toBeUndefined();
    }
  });

  it('exports the default effect verbs without duplicates', () => {
    expect(new Set(DEFAULT_EFFECT_VERBS).size).toBe(DEFAULT_EFFECT_VERBS.length);
  });
});

describe.each([
  ['ESLint 10', ESLint10],
  ['ESLint 9', ESLint9 as unknown as typeof ESLint10],
])('with %s', (_, ESLint) => {
  it('reports through configs.recommended in TypeScript', async () => {
    const [result] = await lintWith(ESLint, SEQUENTIAL, 'load.ts');
    expect(result!.messages.map(message => [message.ruleId, message.severity, message.line])).toEqual([['gather/no-sequential-await', 1, 3]]);
    expect(result!.messages[0]!.suggestions).toHaveLength(1);
  });

  it('reports through the default parser in JavaScript', async () => {
    const results = await Promise.all(['load.js', 'load.mjs'].map(filePath => lintWith(ESLint, SEQUENTIAL_JS, filePath)));
    for (const [result] of results) expect(result!.messages.map(message => message.ruleId)).toEqual(['gather/no-sequential-await']);
  });

  it('rejects an unknown option with the schema error', async () => {
    await expect(lintWith(ESLint, SEQUENTIAL, 'load.ts', { 'gather/no-sequential-await': ['warn', { minGroup: 3 }] })).rejects.toThrow(
      /should NOT have additional properties|Unexpected property "minGroup"/,
    );
  });

  it('rejects a group size below two', async () => {
    await expect(lintWith(ESLint, SEQUENTIAL, 'load.ts', { 'gather/no-sequential-await': ['warn', { minGroupSize: 1 }] })).rejects.toThrow(
      /Value 1 should be >= 2/,
    );
  });

  it('refuses a regular expression among the callee patterns, which could take exponential time', async () => {
    await expect(lintWith(ESLint, SEQUENTIAL, 'load.ts', { 'gather/no-sequential-await': ['warn', { ignoreCallees: ['/(a+)+$/'] }] })).rejects.toThrow(
      /ignoreCallees|should match pattern/,
    );
  });

  it('keeps the default verbs when the options object is empty', async () => {
    const code = 'async function f() { const a = await createA(); const b = await createB(); return [a, b]; }';
    const [result] = await lintWith(ESLint, code, 'a.ts', { 'gather/no-sequential-await': ['warn', {}] });
    expect(result!.messages).toEqual([]);
  });

  it('honours eslint-disable comments', async () => {
    const code = SEQUENTIAL.replace('  const user', '  // eslint-disable-next-line gather/no-sequential-await\n  const user');
    const [result] = await lintWith(ESLint, code, 'load.ts');
    expect(result!.messages).toEqual([]);
  });

  it('skips a file that does not parse with one fatal message, not a crash', async () => {
    const [result] = await lintWith(ESLint, 'async function (', 'broken.ts');
    expect(result!.messages).toHaveLength(1);
    expect(result!.messages[0]!.fatal).toBe(true);
  });
});
