import { describe, expect, it } from 'vitest';

import { locateAwait } from '../../src/analysis/await-sites.js';
import { findSequentialAwaitGroups } from '../../src/analysis/find-sequential-await-groups.js';
import { DEFAULT_EFFECT_VERBS } from '../../src/analysis/calls/verbs.js';
import type { AnalysisOptions } from '../../src/analysis/types.js';
import { parse } from './parse.js';

const options: AnalysisOptions = { minGroupSize: 2, ignoreCallees: [], effectVerbs: DEFAULT_EFFECT_VERBS, groupDiscardedAwaits: false, libraries: [] };

/** Each group as the source text of its members' operands. */
function groupsOf(code: string, overrides: Partial<AnalysisOptions> = {}): string[][] {
  const parsed = parse(code);
  const groups = findSequentialAwaitGroups(parsed, { ...options, ...overrides });
  return groups.map(group => group.members.map(member => code.slice(...member.await.argument.range)));
}

describe('locateAwait', () => {
  it('finds the statement, and whether the value is conditional or discarded', () => {
    const { awaits } = parse(`async function f() {
      await a();
      const b = x ?? await c();
      void await d();
      return { e: await e() };
    }`);
    const sites = awaits.map(node => locateAwait(node, new Map()));
    expect(sites.map(site => [site?.home.type, site?.conditional, site?.discarded, site?.isExpressionStatement])).toEqual([
      ['ExpressionStatement', false, true, true],
      ['VariableDeclaration', true, false, false],
      ['ExpressionStatement', false, true, false],
      ['ReturnStatement', false, false, false],
    ]);
  });

  it('gives the awaits of one arrow expression body the same home', () => {
    const { awaits } = parse('const f = async () => ({ a: await a(), b: await b() });');
    const arrowBodies: Parameters<typeof locateAwait>[1] = new Map();
    const [first, second] = awaits.map(node => locateAwait(node, arrowBodies));
    expect(first!.home).toBe(second!.home);
    expect(first!.home.type).toBe('ArrowExpressionBody');
  });
});

describe('findSequentialAwaitGroups', () => {
  it('partitions a run instead of vetoing it: a, b, then c(a), d', () => {
    expect(
      groupsOf(`async function f() {
        const a = await getA();
        const b = await getB();
        const c = await getC(a);
        const d = await getD();
      }`),
    ).toEqual([
      ['getA()', 'getB()'],
      ['getC(a)', 'getD()'],
    ]);
  });

  it('keeps groups to one statement list', () => {
    expect(
      groupsOf(`async function f(flag) {
        const a = await getA();
        if (flag) { const b = await getB(); const c = await getC(); }
        const d = await getD();
      }`),
    ).toEqual([['getB()', 'getC()']]);
  });

  it('collects the awaits nested in one expression in evaluation order', () => {
    expect(groupsOf('async function f() { return render(await a(), { b: await b() }, `${await c()}`); }')).toEqual([['a()', 'b()', 'c()']]);
  });

  it('lets inert statements stay inside a group and records them', () => {
    const code = `async function f() {
      const a = await getA();
      const limit = 10;
      const b = await getB(limit);
    }`;
    const [group] = findSequentialAwaitGroups(parse(code), options);
    expect(group!.statements).toHaveLength(3);
    expect(group!.inertStatements.size).toBe(1);
  });

  it('honours minGroupSize and groupDiscardedAwaits', () => {
    const code = 'async function f() { await warm(); const a = await getA(); const b = await getB(); }';
    expect(groupsOf(code, { minGroupSize: 3 })).toEqual([]);
    expect(groupsOf(code, { minGroupSize: 3, groupDiscardedAwaits: true })).toEqual([['warm()', 'getA()', 'getB()']]);
  });

  it('is silent inside a transaction callback', () => {
    expect(groupsOf('db.transaction(async trx => { const a = await getA(); const b = await getB(); });')).toEqual([]);
  });

  it('lets a write start a group, never join one, and orders reads of what it wrote after it', () => {
    const code = `
      import Stripe from 'stripe';
      import { PrismaClient } from '@prisma/client';
      const stripe = new Stripe(key);
      const prisma = new PrismaClient();
      async function f() {
        const rates = await stripe.taxRates.list();
        const customer = await stripe.customers.create({ email });
        const user = await prisma.user.findUnique({ where: { id } });
        const intent = await stripe.paymentIntents.capture(id);
        const balance = await stripe.balance.retrieve();
      }`;
    expect(groupsOf(code)).toEqual([['stripe.customers.create({ email })', 'prisma.user.findUnique({ where: { id } })']]);
  });

  it('lets a guard end a group, never go before a member', () => {
    const code = `async function f() {
      const a = await getA();
      const user = await requireUser(req);
      const b = await getB();
      const c = await getC();
    }`;
    expect(groupsOf(code)).toEqual([
      ['getA()', 'requireUser(req)'],
      ['getB()', 'getC()'],
    ]);
  });

  it('keeps calls through one page in order, and lets two pages run together', () => {
    const code = `
      import { chromium } from 'playwright';
      async function f(browser) {
        const left = await browser.newPage();
        const right = await browser.newPage();
        const a = await left.title();
        const b = await left.locator('h1').textContent();
        const c = await right.title();
      }`;
    expect(groupsOf(code)).toEqual([["left.locator('h1').textContent()", 'right.title()']]);
  });

  it('splits a declaration whose members read what its earlier declarators declared', () => {
    const code = `async function f(id) {
      const user = await getUser(id), teamId = user.teamId, team = await getTeam(teamId), members = await listMembers(teamId);
    }`;
    expect(groupsOf(code)).toEqual([['getTeam(teamId)', 'listMembers(teamId)']]);
  });

  it('ends a group at a statement between that changes what a later member reads', () => {
    const code = `async function f(sku) {
      const stock = await inventory.level(sku);
      query.page = 2;
      const prices = await getPrices(query);
    }`;
    expect(groupsOf(code)).toEqual([]);
    expect(groupsOf(code.replace('query.page = 2;', 'const page = 2;'))).toEqual([['inventory.level(sku)', 'getPrices(query)']]);
  });

  it('finds awaits in if and switch tests, throw, for…of, and braceless bodies', () => {
    expect(groupsOf('async function f() { if ((await a()) !== (await b())) return; }')).toEqual([['a()', 'b()']]);
    expect(groupsOf('async function f() { switch (await kind(await id())) {} }')).toEqual([]);
    expect(groupsOf('async function f() { throw new E(await a(), await b()); }')).toEqual([['a()', 'b()']]);
    expect(groupsOf('async function f() { const a = await getA(); for (const x of await list()) use(x, a); }')).toEqual([['getA()', 'list()']]);
    expect(groupsOf('async function f(x) { if (x) return { a: await f(), b: await g() }; }')).toEqual([['f()', 'g()']]);
    expect(groupsOf('async function f() { await render(await a(), await b()); }')).toEqual([['a()', 'b()']]);
  });

  it('stays linear: a thousand independent groups in one function are found in one pass', () => {
    const body = Array.from({ length: 1000 }, (_, index) => `const a${index} = await getA(${index}); const b${index} = await getB(${index}); track();`).join(
      '\n',
    );
    expect(groupsOf(`async function f() {\n${body}\n}`)).toHaveLength(1000);
  });
});
