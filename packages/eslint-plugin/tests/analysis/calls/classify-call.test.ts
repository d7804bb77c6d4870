import { describe, expect, it } from 'vitest';

import { kindOf, operationsOf } from './classify.js';

describe('CallClassifier: by the words of called names', () => {
  it.each([
    ['getUser(id)', 'read'],
    ['api.users.list()', 'read'],
    ['postService.getPosts()', 'read'],
    ['db.user.create({ data })', 'write'],
    ['db.insert(users).values(rows)', 'write'],
    ['findOrCreateUser(id)', 'write'],
    ['requireUser(req)', 'guard'],
    ['assertCanEdit(user, doc)', 'guard'],
    ['iterator.next()', 'ordered'],
    ['rl.question("name?")', 'ordered'],
    ['sleep(100)', 'ordered'],
    ['alerts.openFor(id)', 'read'],
    ['github.openPullRequests({ team })', 'read'],
    ['openDatabase(file)', 'ordered'],
    ['resolveTenant(host)', 'read'],
  ])('%s is a %s', (expression, kind) => {
    expect(kindOf(`async function f() { await ${expression}; }`)).toBe(kind);
  });

  it('lets the calls before the last one of a chain speak for it: execute, exec, first, run', () => {
    expect(kindOf("async function f() { await db.selectFrom('people').selectAll().executeTakeFirst(); }")).toBe('read');
    expect(kindOf("async function f() { await db.insertInto('people').values(v).execute(); }")).toBe('write');
    expect(kindOf('async function f() { await User.find({ active: true }).lean().exec(); }')).toBe('read');
    expect(kindOf('async function f() { await command.execute(); }')).toBe('ordered');
  });

  it('leaves the callees of the ignoreCallees option in order', () => {
    expect(kindOf('async function f() { await legacy.load(); }', { ignoreCallees: ['legacy.*'] })).toBe('ordered');
    expect(kindOf('async function f() { await fresh.load(); }', { ignoreCallees: ['legacy.*'] })).toBe('read');
  });
});

describe('CallClassifier: where the call runs', () => {
  it.each([
    ['tx.user.findMany()'],
    ['trx("users").where({ id })'],
    ['User.findAll({ transaction: t })'],
    ['coll.findOne({ _id }, { session })'],
    ['User.findById(id).session(session)'],
    ['knex("users").transacting(trx).select()'],
    ['this.queryRunner.query(sql)'],
  ])('%s runs serialized', expression => {
    expect(kindOf(`async function f() { await ${expression}; }`)).toBe('ordered');
  });

  it('knows the handles that one connection, a session or a using declaration make', () => {
    expect(
      operationsOf('async function f() { const client = await pool.connect(); await client.query("SELECT 1"); }').map(operation => operation.kind),
    ).toEqual(['ordered', 'ordered']);
    expect(kindOf('async function f() { const conn = await mysql.createConnection(config); await conn.execute("SELECT 1"); }')).toBe('ordered');
    expect(kindOf('async function f() { await using db = await openDatabase(path); await db.get("SELECT 1"); }')).toBe('ordered');
    expect(kindOf('async function f() { const session = await mongoose.startSession(); await Order.find().session(session); }')).toBe('ordered');
    // Redis and MongoDB clients multiplex: one of them is not one connection
    expect(kindOf("async function f() { const client = await createClient({ url }).connect(); await client.get('k'); }")).toBe('read');
    // and so do key-value stores
    expect(kindOf("async function f() { const store = await Deno.openKv(); await store.get(['profiles', id]); }")).toBe('read');
  });
});

describe('CallClassifier: local functions are judged by their bodies', () => {
  it('reads a body once and uses it at every call site', () => {
    const code = `
      async function recordVote(pollId, choice) { return db.vote.create({ data: { pollId, choice } }); }
      async function loadPoll(id) { const poll = await api.polls.get(id); return poll; }
      const ask = (question) => rl.question(question);
      async function f() { await recordVote(1, 'a'); await loadPoll(1); await ask('name?'); }`;
    expect(
      operationsOf(code)
        .slice(-3)
        .map(operation => [operation.kind, operation.reason]),
    ).toEqual([
      ['write', 'body of recordVote'],
      ['read', 'body of loadPoll'],
      ['ordered', 'body of a local function'],
    ]);
  });

  it('trusts a body it fully knows over the name, and the name over a body it does not', () => {
    const code = `
      import { createHash } from 'node:crypto';
      async function createChecksum(data) { return createHash('sha256').update(data).digest('hex'); }
      async function createPreview(image) { return sharp(image).resize(320).toBuffer(); }
      async function f() { await createChecksum(x); await createPreview(x); }`;
    expect(operationsOf(code).map(operation => operation.kind)).toEqual(['read', 'write']);
  });

  it('follows this.method() to the method of the class, and survives recursion', () => {
    const code = `
      class Store {
        async save(item) { await this.api.put(item); }
        async walk(node) { return node ? this.walk(node.next) : null; }
        async run() { await this.save(x); await this.walk(root); }
      }`;
    expect(
      operationsOf(code)
        .slice(-2)
        .map(operation => operation.kind),
    ).toEqual(['write', 'read']);
  });

  it('does what it is handed: a helper sending a GraphQL query reads', () => {
    const code = `
      async function cms(query, variables) { const res = await fetch(URL, { method: 'POST', body: JSON.stringify({ query, variables }) }); return res.json(); }
      async function f() { await cms(\`query { posts { id } }\`); await cms(\`mutation { publish(id: 1) { id } }\`); }`;
    expect(
      operationsOf(code)
        .slice(-2)
        .map(operation => operation.kind),
    ).toEqual(['read', 'write']);
  });
});

describe('CallClassifier: resources', () => {
  it('names the client and, for libraries that say so, the table or key', () => {
    const [create, count, get] = operationsOf(`
      import { PrismaClient } from '@prisma/client';
      import Redis from 'ioredis';
      const prisma = new PrismaClient();
      const redis = new Redis();
      async function f(key) { await prisma.vote.create({ data }); await prisma.vote.count(); await redis.get(key); }`);
    // a read names its table; a write named only by its verb may reach others (a nested create, a cascade): the whole client
    expect(count!.resource?.key).toBe('vote');
    expect(create!.resource?.key).toBeNull();
    expect(count!.resource?.client).toBe(create!.resource?.client);
    expect(get!.resource?.key).toBe('key');
  });

  it('knows nothing of what a bare call touches', () => {
    expect(operationsOf('async function f() { await createOrder(input); }')[0]!.resource).toBeNull();
  });

  it('batches of lazy calls do what their calls do', () => {
    expect(kindOf('async function f() { await prisma.$transaction([prisma.user.count(), prisma.post.count()]); }')).toBe('read');
    expect(kindOf('async function f() { await prisma.$transaction([prisma.user.count(), prisma.post.delete({ where })]); }')).toBe('ordered');
  });

  it('does at least what the callbacks it is handed inline do: a transaction that updates is no read', () => {
    expect(kindOf('async function f() { await db.transaction(async tx => { await tx.update(accounts).set(v); }); }')).toBe('ordered');
    expect(kindOf('async function f() { await traced(() => api.createInvoice(order)); }')).toBe('write');
    expect(kindOf('async function f() { await cache.wrap(key, () => api.getUser(id)); }')).toBe('read');
    // a function only defined inside the callback runs when something calls it, not here
    expect(kindOf('async function f() { await cache.wrap(key, () => { const later = () => api.deleteUser(id); return api.getUser(id); }); }')).toBe('read');
  });
});
