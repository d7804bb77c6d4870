/**
 * The differences between what the oxc-based parser gives and what `@typescript-eslint/parser`
 * gives for one text: the AST (every property of every node, `loc` included), the tokens and the
 * comments. Used by the parity tests and `scripts/parser-parity.ts`.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';

import { oxcTypeScriptParser } from '../src/parser/oxc-typescript-parser.js';

export interface Difference {
  readonly path: string;
  readonly kind: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

const SKIPPED_KEYS = new Set(['parent', 'start', 'end']);

export function summarize(value: unknown): string {
  const text = JSON.stringify(value, (key, inner: unknown) => (key === 'parent' ? undefined : inner));
  return text === undefined ? String(value) : text.length > 160 ? `${text.slice(0, 160)}…` : text;
}

/** The differences between two values, typescript-eslint's first; at most `limit`. */
export function compare(expected: unknown, actual: unknown, limit = 2000): Difference[] {
  const differences: Difference[] = [];
  const visit = (left: unknown, right: unknown, path: string, kind: string): void => {
    if (differences.length >= limit) return;
    if (left === right) return;
    if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) {
      if (typeof left === 'bigint' || typeof right === 'bigint' || left instanceof RegExp) return;
      differences.push({ path, kind, expected: left, actual: right });
      return;
    }
    if (left instanceof RegExp || right instanceof RegExp) return;
    if (Array.isArray(left) !== Array.isArray(right)) {
      differences.push({ path, kind: `${kind}:shape`, expected: summarize(left), actual: summarize(right) });
      return;
    }
    if (Array.isArray(left)) {
      const rightArray = right as unknown[];
      if (left.length !== rightArray.length) {
        differences.push({ path, kind: `${kind}:length`, expected: left.length, actual: rightArray.length });
      }
      for (let index = 0; index < Math.min(left.length, rightArray.length); index++) visit(left[index], rightArray[index], `${path}[${index}]`, kind);
      return;
    }
    const leftRecord = left as Record<string, unknown>;
    const rightRecord = right as Record<string, unknown>;
    const type = typeof leftRecord.type === 'string' ? leftRecord.type : kind;
    for (const key of new Set([...Object.keys(leftRecord), ...Object.keys(rightRecord)])) {
      if (SKIPPED_KEYS.has(key)) continue;
      // a getter typescript-estree keeps for old rules, which warns when read: no rule here reads it
      if (type === 'TSEnumMember' && key === 'computed') continue;
      if (!(key in rightRecord) && leftRecord[key] === undefined) continue;
      if (!(key in leftRecord) && rightRecord[key] === undefined) continue;
      if (!(key in rightRecord)) {
        differences.push({ path: `${path}.${key}`, kind: `${type}.${key}:missing`, expected: summarize(leftRecord[key]), actual: undefined });
        continue;
      }
      if (!(key in leftRecord)) {
        differences.push({ path: `${path}.${key}`, kind: `${type}.${key}:extra`, expected: undefined, actual: summarize(rightRecord[key]) });
        continue;
      }
      visit(leftRecord[key], rightRecord[key], `${path}.${key}`, `${type}.${key}`);
    }
  };
  visit(expected, actual, '', 'Program');
  return differences;
}

/** What a parser gives for `code`: its AST, or the message it throws (a text that does not parse). */
function outcomeOf(parse: () => unknown): unknown {
  try {
    return parse();
  } catch (error) {
    return { thrown: error instanceof Error ? error.message : String(error) };
  }
}

export function parityOf(code: string, jsx: boolean): Difference[] {
  const options = { sourceType: 'module', ecmaFeatures: { jsx }, jsDocParsingMode: 'none' } as const;
  const expected = outcomeOf(() => tsParser.parseForESLint(code, options).ast);
  const actual = outcomeOf(() => oxcTypeScriptParser.parseForESLint(code, options).ast);
  return compare(expected, actual);
}

/** The TypeScript files of a file or directory (`.ts`, `.mts`, `.cts`, `.tsx`; no declaration files, nothing under `node_modules`). */
export function typescriptFilesIn(target: string): string[] {
  if (statSync(target).isDirectory()) return readdirSync(target).flatMap(name => (name === 'node_modules' ? [] : typescriptFilesIn(path.join(target, name))));
  return /\.(?:[cm]?ts|tsx)$/.test(target) && !/\.d\.[cm]?ts$/.test(target) ? [target] : [];
}
