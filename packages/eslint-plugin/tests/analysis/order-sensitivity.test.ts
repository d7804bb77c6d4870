import { describe, expect, it } from 'vitest';

import { compileCalleePatterns } from '../../src/analysis/callee-patterns.js';
import { getWorkStart } from '../../src/analysis/called-names.js';
import { DEFAULT_EFFECT_VERBS } from '../../src/analysis/order-sensitive-names.js';
import { getOrderSensitivity, isSerializedFunction, opensSerializedSection } from '../../src/analysis/order-sensitivity.js';
import { parse } from './parse.js';

const policy = { effectVerbs: () => new Set(DEFAULT_EFFECT_VERBS), isIgnoredCallee: compileCalleePatterns(['legacy.*']), effectNames: new Map<string, boolean>(), serializingNames: new Map<string, boolean>() };

function sensitivityOf(expression: string) {
  const { awaits } = parse(`async function f() { await ${expression}; }`);
  return getOrderSensitivity(getWorkStart(awaits[0]!.argument)!, policy);
}

describe('getOrderSensitivity', () => {
  it.each([
    ['getUser(id)', null],
    ['api.users.list()', null],
    ['postService.getPosts()', null],
    ['db.user.create({ data })', 'effect'],
    ['db.insert(users).values(rows)', 'effect'],
    ['findOrCreateUser(id)', 'effect'],
    ['fetch(url, { method: "PUT" })', 'effect'],
    ['fetch(url, { method: "GET" })', null],
    ['request.call(this, "POST", url)', 'effect'],
    ['page.click("#go")', 'effect'],
    ['iterator.next()', 'stateful-read'],
    ['rl.question("name?")', 'stateful-read'],
    ['tx.user.findMany()', 'transactional'],
    ['User.findAll({ transaction: t })', 'transactional'],
    ['legacy.load()', 'ignored'],
  ])('%s', (expression, expected) => {
    expect(sensitivityOf(expression)).toBe(expected);
  });
});

describe('opensSerializedSection', () => {
  it.each([
    ['mutex.acquire()', true],
    ['lock("key")', true],
    ['client.query("BEGIN")', true],
    ['client.query(`start transaction`)', true],
    ['sequelize.transaction()', true],
    ['client.query("select 1")', false],
    ['getLockStatus()', false],
  ])('%s', (expression, expected) => {
    const { awaits } = parse(`async function f() { await ${expression}; }`);
    expect(opensSerializedSection(getWorkStart(awaits[0]!.argument)!, policy)).toBe(expected);
  });
});

describe('isSerializedFunction', () => {
  it('knows transaction and lock callbacks, and functions taking a transaction', () => {
    const { functions } = parse(`
      db.transaction(async trx => {});
      prisma.$transaction(async function () {});
      mutex.runExclusive(async () => {});
      navigator.locks.request('x', async () => {});
      async function report(t: Knex.Transaction) {}
      items.map(async item => {});
      async function plain(id: string) {}
    `);
    expect(functions.map(fn => isSerializedFunction(fn))).toEqual([true, true, true, true, true, false, false]);
  });
});
