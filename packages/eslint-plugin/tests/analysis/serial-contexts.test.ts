import { describe, expect, it } from 'vitest';

import { getWorkStart } from '../../src/analysis/called-names.js';
import { isSerializedFunction, opensSerializedSection } from '../../src/analysis/serial-contexts.js';
import { parse } from './parse.js';

describe('opensSerializedSection', () => {
  it.each([
    ['mutex.acquire()', true],
    ['lock("key")', true],
    ['client.query("BEGIN")', true],
    ['client.query(`start transaction`)', true],
    ['sequelize.transaction()', true],
    ["redis.set(lockKey, token, 'PX', 10_000, 'NX')", true],
    ["kv.put('lock:jobs', id)", true],
    ['lock.increment(lockKey)', true],
    ["fs.open(lockPath, 'wx')", true],
    ['client.query("select 1")', false],
    ['getLockStatus()', false],
    ['ledger.getTransaction(id)', false],
    ['db.startTransaction()', true],
    ['redis.set(cacheKey, value)', false],
    ['prisma.$transaction(async tx => tx.user.findMany())', false],
    ['prisma.$transaction([prisma.user.count(), prisma.post.count()])', false],
    ['mutex.runExclusive(() => work())', false],
    // a key or file whose name says lock, only read: `pnpm-lock.yaml`, a lock's status
    ["readFile(lockPath, 'utf8')", false],
    ['redis.get(lockKey)', false],
  ])('%s', (expression, expected) => {
    const { awaits } = parse(`async function f() { await ${expression}; }`);
    expect(opensSerializedSection(getWorkStart(awaits[0]!.argument)!, new Map())).toBe(expected);
  });
});

describe('isSerializedFunction', () => {
  it('knows transaction and lock callbacks, functions taking a transaction, and @Transactional methods', () => {
    const { functions } = parse(`
      db.transaction(async trx => {});
      prisma.$transaction(async function () {});
      mutex.runExclusive(async () => {});
      navigator.locks.request('x', async () => {});
      this.ctx.blockConcurrencyWhile(async () => {});
      redlock.using([key], 5000, async signal => {});
      async function report(t: Knex.Transaction) {}
      async function move(tx, from, to) {}
      async function audit(client: PoolClient) {}
      class Transfers { @Transactional() async run() {} }
      items.map(async item => {});
      async function plain(id: string) {}
      class Plain { @Get() async list() {} }
    `);
    expect(functions.map(fn => isSerializedFunction(fn))).toEqual([true, true, true, true, true, true, true, true, true, true, false, false, false]);
  });
});
