import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { dependsOn, EffectsIndex } from '../../src/analysis/statement-effects.js';
import { parse } from './parse.js';

/** The effects of the statements of the first function body in `code`. */
function effectsOfStatements(code: string) {
  const parsed = parse(code);
  const index = new EffectsIndex(parsed.scopeManager, parsed.visitorKeys);
  const fn = parsed.functions[0]!;
  const body = (fn.body as TSESTree.BlockStatement).body;
  return body.map(statement => index.effectsOf(statement));
}

function names(keys: Iterable<unknown>): string[] {
  return [...keys].map(key => (typeof key === 'string' ? key : (key as { name: string }).name)).sort();
}

describe('EffectsIndex', () => {
  it('reads and writes variables through the scope manager', () => {
    const [first, second] = effectsOfStatements(`async function f(id) {
      const { a, b: [c] } = await load(id);
      total += a;
    }`);
    expect(names(first!.writes)).toEqual(['a', 'c']);
    expect(names(first!.reads)).toEqual(['global:load', 'id']);
    expect(names(second!.writes)).toEqual(['global:total']);
    expect(names(second!.reads)).toEqual(['a', 'global:total']);
  });

  it('does not count a property named like a variable, nor a type, as a read', () => {
    const [, second] = effectsOfStatements(`async function f() {
      const data = await getData();
      const other: typeof data extends string ? 1 : 2 = await getOther(payload.data);
    }`);
    expect(names(second!.reads)).toEqual(['global:getOther', 'global:payload']);
  });

  it("finds the reads of a switch's discriminant and a class's heritage, which run outside the scopes they open", () => {
    const parsed = parse(`async function f(id) {
      const x = await fetchUser(id);
      switch (await fetchOrder(x, () => id)) { case 1: return x; }
      class Foo extends (await loadBase(x)) {}
    }`);
    const index = new EffectsIndex(parsed.scopeManager, parsed.visitorKeys);
    const body = (parsed.functions[0]!.body as TSESTree.BlockStatement).body;
    const discriminant = (body[1] as TSESTree.SwitchStatement).discriminant;
    const heritage = (body[2] as TSESTree.ClassDeclaration).superClass!;
    expect(names(index.effectsOf(discriminant).reads)).toEqual(['global:fetchOrder', 'id', 'x']);
    expect(names(index.effectsOf(heritage).reads)).toEqual(['global:loadBase', 'x']);
  });

  it('counts writes inside callbacks passed to the call', () => {
    const [first] = effectsOfStatements(`async function f() {
      const done = await subscribe(event => { value = event.value; });
    }`);
    expect(names(first!.writes)).toEqual(['done', 'global:value']);
  });

  it('adds what a called closure of the file reads and writes outside itself', () => {
    const effects = effectsOfStatements(`async function f() {
      let token;
      const auth = () => ({ header: token });
      const data = await getData(auth());
    }`);
    expect(names(effects[2]!.reads)).toContain('token');
  });

  it('tells object writes from other uses of the object', () => {
    const [write, sameProperty, otherProperty, methodCall] = effectsOfStatements(`async function f(state) {
      state.user = await getUser();
      await use(state.user);
      await use(state.other);
      await state.refresh();
    }`);
    expect(write!.objectWrites).toEqual([{ root: expect.anything() as unknown, property: 'user', isMethodCall: false }]);
    expect(dependsOn(sameProperty!, write!)).toBe(true);
    expect(dependsOn(otherProperty!, write!)).toBe(false);
    expect(dependsOn(methodCall!, write!)).toBe(true);
  });

  it('counts a built-in that changes the object handed to it first as a write of it', () => {
    const [assign, read, copy] = effectsOfStatements(`async function f(glossary, terms) {
      Object.assign(glossary, terms);
      await translate(JSON.stringify(glossary));
      Object.assign({}, glossary);
    }`);
    expect(assign!.objectWrites).toEqual([{ root: expect.anything() as unknown, property: null, isMethodCall: false }]);
    expect(dependsOn(read!, assign!)).toBe(true);
    expect(copy!.objectWrites).toEqual([]);
  });

  it('follows this, but not the this of nested functions', () => {
    const [write, read, nested] = effectsOfStatements(`async function f() {
      this.config = await loadConfig();
      const data = await this.fetchData();
      const later = await run(function () { return this.config; });
    }`);
    expect(dependsOn(read!, write!)).toBe(true);
    expect(dependsOn(nested!, write!)).toBe(false);
  });
});
