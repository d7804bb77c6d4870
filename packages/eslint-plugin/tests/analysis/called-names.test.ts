import { describe, expect, it } from 'vitest';

import { getCalledName, getCalleePath, getWorkStart, splitWords } from '../../src/analysis/called-names.js';
import { parse } from './parse.js';

describe('splitWords', () => {
  it.each([
    ['findOrCreateUser', ['find', 'or', 'create', 'user']],
    ['$transaction', ['transaction']],
    ['get_user_by_id', ['get', 'user', 'by', 'id']],
    ['getHTTPResponse', ['get', 'http', 'response']],
    ['save', ['save']],
  ])('%s', (name, words) => {
    expect(splitWords(name)).toEqual(words);
  });
});

describe('getWorkStart', () => {
  it('finds the call, new, tagged template or import an operand starts', () => {
    const { awaits } = parse(`async function f() {
      await a(); await new B(); await sql\`x\`; await import('m'); await (c() as Promise<void>); await p; await o.p;
    }`);
    expect(awaits.map(node => getWorkStart(node.argument)?.type ?? null)).toEqual([
      'CallExpression',
      'NewExpression',
      'TaggedTemplateExpression',
      'ImportExpression',
      'CallExpression',
      null,
      null,
    ]);
  });
});

describe('getCalledName and getCalleePath', () => {
  it('name the method and the dotted path, calls elided', () => {
    const { awaits } = parse(`async function f() {
      await db.insert(users).values(rows); await this.api.get(); await fetch(u); await a['b']();
    }`);
    const starts = awaits.map(node => getWorkStart(node.argument)!);
    expect(starts.map(getCalledName)).toEqual(['values', 'get', 'fetch', 'b']);
    expect(starts.map(getCalleePath)).toEqual(['db.insert.values', 'this.api.get', 'fetch', 'a.b']);
  });
});
