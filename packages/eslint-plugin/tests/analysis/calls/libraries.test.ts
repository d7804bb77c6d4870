import { describe, expect, it } from 'vitest';

import { LIBRARIES } from '../../../src/analysis/calls/libraries.js';
import { compilePathPattern } from '../../../src/analysis/calls/path-patterns.js';
import { operationsOf } from './classify.js';

/**
 * One example per library entry, as its users write it: how the client is made, a call that
 * reads, and a call that does not (with the kind it has). Every entry must have one.
 */
const EXAMPLES: Record<string, { setup: string; read: string; other: readonly [string, string] }> = {
  'AWS SDK v3': {
    setup: "import { S3 } from '@aws-sdk/client-s3'; const s3 = new S3({});",
    read: 's3.getObject({ Bucket, Key })',
    other: ['s3.putObject({ Bucket, Key, Body })', 'write'],
  },
  Stripe: {
    setup: "import Stripe from 'stripe'; const stripe = new Stripe(key);",
    read: 'stripe.customers.retrieve(id)',
    other: ['stripe.paymentIntents.capture(id)', 'write'],
  },
  OpenAI: {
    setup: "import OpenAI from 'openai'; const client = new OpenAI();",
    read: 'client.chat.completions.create({ model, messages })',
    other: ['client.files.create({ file, purpose })', 'write'],
  },
  Anthropic: {
    setup: "import Anthropic from '@anthropic-ai/sdk'; const client = new Anthropic();",
    read: 'client.messages.create({ model, max_tokens, messages })',
    other: ['client.messages.batches.create({ requests })', 'write'],
  },
  'LLM SDKs (Google Gen AI, Mistral, Cohere, Ollama)': {
    setup: "import { Mistral } from '@mistralai/mistralai'; const mistral = new Mistral({ apiKey });",
    read: 'mistral.chat.complete({ model, messages })',
    other: ['mistral.files.upload({ file })', 'write'],
  },
  'Vercel AI SDK': {
    setup: "import { generateText, embed } from 'ai';",
    read: 'generateText({ model, prompt })',
    other: ['embed({ model, value }).then(result => result.embedding)', 'read'],
  },
  'LangChain models': {
    setup: "import { ChatOpenAI } from '@langchain/openai'; const model = new ChatOpenAI({ model: 'gpt-4o' });",
    read: 'model.invoke(messages)',
    other: ['model.addTool(tool)', 'write'],
  },
  Prisma: {
    setup: "import { PrismaClient } from '@prisma/client'; const prisma = new PrismaClient();",
    read: 'prisma.user.findMany({ where })',
    other: ['prisma.user.upsert({ where, create, update })', 'write'],
  },
  Drizzle: {
    setup: "import { drizzle } from 'drizzle-orm/node-postgres'; const db = drizzle(pool);",
    read: 'db.select().from(users).where(eq(users.id, id))',
    other: ['db.select().from(accounts).for("update")', 'ordered'],
  },
  Kysely: {
    setup: "import { Kysely } from 'kysely'; const db = new Kysely({ dialect });",
    read: "db.selectFrom('person').selectAll().executeTakeFirst()",
    other: ["db.updateTable('person').set({ name }).execute()", 'write'],
  },
  Knex: {
    setup: "import knex from 'knex'; const db = knex(config);",
    read: "db('users').where({ id }).first()",
    other: ["db('users').where({ id }).increment('visits')", 'write'],
  },
  TypeORM: {
    setup: "import { DataSource } from 'typeorm'; const dataSource = new DataSource(options); const users = dataSource.getRepository(User);",
    read: 'users.findOneBy({ id })',
    other: ['users.softDelete({ id })', 'write'],
  },
  Sequelize: {
    setup: "import { Sequelize } from 'sequelize'; const sequelize = new Sequelize(url); const User = sequelize.define('User', attributes);",
    read: 'User.findByPk(id)',
    other: ['User.findOrCreate({ where })', 'write'],
  },
  Mongoose: {
    setup: "import mongoose from 'mongoose'; const User = mongoose.model('User', schema);",
    read: 'User.findById(id).lean()',
    other: ['User.findByIdAndUpdate(id, update)', 'write'],
  },
  'MongoDB driver': {
    setup: "import { MongoClient } from 'mongodb'; const client = new MongoClient(uri); const users = client.db('app').collection('users');",
    read: 'users.find({ active: true }).toArray()',
    other: ['users.findOneAndDelete({ _id })', 'write'],
  },
  'node-postgres and serverless Postgres': {
    setup: "import { Pool } from 'pg'; const pool = new Pool();",
    read: "pool.query('SELECT * FROM users')",
    other: ['pool.connect()', 'ordered'],
  },
  mysql2: {
    setup: "import mysql from 'mysql2/promise'; const pool = mysql.createPool(config);",
    read: "pool.execute('SELECT * FROM users WHERE id = ?', [id])",
    other: ['pool.getConnection()', 'ordered'],
  },
  'Redis (ioredis, node-redis, Upstash, Vercel KV)': {
    setup: "import Redis from 'ioredis'; const cache = new Redis();",
    read: "cache.lrange('queue', 0, -1)",
    other: ["cache.lpush('queue', job)", 'write'],
  },
  BullMQ: {
    setup: "import { Queue } from 'bullmq'; const queue = new Queue('mail');",
    read: 'queue.getJobCounts()',
    other: ["queue.add('welcome', data)", 'write'],
  },
  Octokit: {
    setup: "import { Octokit } from 'octokit'; const gh = new Octokit({ auth });",
    read: 'gh.rest.repos.get({ owner, repo })',
    other: ['gh.rest.issues.create({ owner, repo, title })', 'write'],
  },
  'HTTP clients (axios, ky, got, ofetch, undici, superagent)': {
    setup: "import axios from 'axios'; const http = axios.create({ baseURL });",
    read: "http.get('/users')",
    other: ["http.post('/users', user)", 'write'],
  },
  'file system (node:fs, fs-extra)': {
    setup: "import { readFile, writeFile } from 'node:fs/promises';",
    read: 'readFile(file, "utf8")',
    other: ['writeFile(file, text)', 'write'],
  },
  'sockets and name lookups (node:net, node:tls, node:dns)': {
    setup: "import { promises as dns } from 'node:dns'; import net from 'node:net'; const server = net.createServer();",
    read: 'dns.resolveMx(domain)',
    other: ['server.listen(port)', 'ordered'],
  },
  'computation off the main thread (crypto, compression, hashing, images)': {
    setup: "import bcrypt from 'bcryptjs';",
    read: 'bcrypt.hash(password, 12)',
    other: ['bcrypt.compare(password, hash)', 'guard'],
  },
  'computation on this thread (parsers, templates, formatters)': {
    setup: "import { format } from 'prettier';",
    read: "format(source, { parser: 'typescript' })",
    other: ["format(source, { parser: 'babel' })", 'read'],
  },
  'in-memory caches (lru-cache, quick-lru, node-cache)': {
    setup: "import { LRUCache } from 'lru-cache'; const cache = new LRUCache({ max: 500, fetchMethod });",
    read: 'cache.fetch(key)',
    other: ['cache.set(key, value)', 'write'],
  },
  'Next.js request APIs': {
    setup: "import { cookies, headers } from 'next/headers';",
    read: 'cookies()',
    other: ['headers()', 'read'],
  },
  'SQLite (one connection)': {
    setup: "import Database from 'better-sqlite3'; const db = new Database(file);",
    read: 'db.prepare("SELECT 1").get()',
    other: ['db.close()', 'write'],
  },
  'processes (node:child_process, execa, zx)': {
    setup: "import { execa } from 'execa';",
    read: "execa('git', ['log', '-1', '--format=%s'])",
    other: ["execa('git', ['status'])", 'ordered'],
  },
  'browser automation (Playwright, Puppeteer)': {
    setup: "import { chromium } from 'playwright'; const browser = await chromium.launch(); const tab = await browser.newPage();",
    read: "tab.locator('h1').textContent()",
    other: ["tab.getByRole('button').click()", 'ordered'],
  },
  'Testing Library queries': {
    setup: "import { screen } from '@testing-library/react';",
    read: "screen.findByRole('heading')",
    other: ['waitFor(() => expect(x).toBe(1))', 'ordered'],
  },
  'interactive prompts': {
    setup: "import { select } from '@inquirer/prompts';",
    read: '',
    other: ["select({ message: 'Pick', choices })", 'ordered'],
  },
  'Testing Library user events': {
    setup: "import userEvent from '@testing-library/user-event'; const user = userEvent.setup();",
    read: '',
    other: ["user.type(input, 'hello')", 'ordered'],
  },
  Firestore: {
    setup: "import { getFirestore } from 'firebase-admin/firestore'; const firestore = getFirestore();",
    read: "firestore.collection('users').doc(id).get()",
    other: ['firestore.runTransaction(async t => t.get(ref))', 'ordered'],
  },
  Supabase: {
    setup: "import { createClient } from '@supabase/supabase-js'; const supabase = createClient(url, key);",
    read: "supabase.from('profiles').select('*').eq('id', id)",
    other: ["supabase.from('profiles').update({ name }).eq('id', id)", 'write'],
  },
  'object storage (Azure Blob Storage, Google Cloud Storage, MinIO, Vercel Blob)': {
    setup: "import { BlobServiceClient } from '@azure/storage-blob'; const blobs = BlobServiceClient.fromConnectionString(url);",
    read: "blobs.getContainerClient('avatars').getBlockBlobClient(name).getProperties()",
    other: ["blobs.getContainerClient('avatars').getBlockBlobClient(name).uploadData(image)", 'write'],
  },
  'TanStack Query': {
    setup: "import { QueryClient } from '@tanstack/react-query'; const queryClient = new QueryClient();",
    read: 'queryClient.ensureQueryData(postQuery(id))',
    other: ["queryClient.invalidateQueries({ queryKey: ['posts'] })", 'write'],
  },
  'Azure Cosmos DB': {
    setup: "import { CosmosClient } from '@azure/cosmos'; const profiles = new CosmosClient(options).database('app').container('profiles');",
    read: 'profiles.item(id, id).read()',
    other: ["profiles.item(id, id).patch([{ op: 'set', path: '/name', value: name }])", 'write'],
  },
  'n8n node helpers': {
    setup: "import type { IExecuteFunctions } from 'n8n-workflow';",
    read: "this.helpers.requestWithAuthentication.call(this, 'githubApi', { uri: `https://api.github.com/repos/${repo}` })",
    other: ["this.helpers.httpRequest({ method: 'POST', url, body })", 'write'],
  },
};

describe('LIBRARIES', () => {
  it('has an example for every entry, and no example for an entry it does not have', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(LIBRARIES.map(entry => entry.name).sort());
  });

  it.each(LIBRARIES.map(entry => [entry.name, entry] as const))('%s', (name, entry) => {
    const example = EXAMPLES[name]!;
    const reads = example.read ? [`await ${example.read};`] : [];
    const operations = operationsOf(`${example.setup}\nasync function f() { ${reads.join(' ')} await ${example.other[0]}; }`);
    const own = operations.slice(-1 - reads.length);
    if (example.read)
      expect([own[0]!.kind, own[0]!.reason]).toEqual(['read', expect.stringMatching(new RegExp(`^(?:${escape(entry.name)}(?:: .*)?|SQL read|body of .*)$`))]);
    expect(own.at(-1)!.kind).toBe(example.other[1]);
    // work on this thread has nothing to overlap; everything else may take time
    expect(own.every(operation => operation.latency === entry.latency)).toBe(true);
  });

  it('knows a cache lookup in memory from a fetch that may load', () => {
    const [lookup, load] = operationsOf(
      "import { LRUCache } from 'lru-cache'; const cache = new LRUCache({ max: 10, fetchMethod });\nasync function f() { await cache.get(key); await cache.fetch(key); }",
    );
    expect(lookup).toMatchObject({ kind: 'read', latency: 'none' });
    expect(load).toMatchObject({ kind: 'read' });
    expect(load!.latency).toBeUndefined();
  });

  it('knows calls of a library that compute in memory: nothing to overlap', () => {
    const [binary, request] = operationsOf(
      "async function f() { await this.helpers.getBinaryDataBuffer(i, 'data'); await this.helpers.httpRequest({ url }); }",
    );
    expect(binary).toMatchObject({ kind: 'read', reason: 'n8n node helpers', latency: 'none' });
    expect(request).toMatchObject({ kind: 'read', reason: 'n8n node helpers' });
    expect(request!.latency).toBeUndefined();
  });

  it('writes its patterns so that they compile: no dot inside an alternative', () => {
    for (const entry of LIBRARIES) {
      for (const [pattern] of entry.calls) {
        const compiled = compilePathPattern(pattern);
        for (const segment of compiled.segments) expect(segment?.every(alternative => alternative.length > 0) ?? true, `${entry.name}: ${pattern}`).toBe(true);
      }
      expect(entry.modules.length + (entry.names?.length ?? 0), entry.name).toBeGreaterThan(0);
    }
  });

  it('claims each module for one entry only', () => {
    const modules = LIBRARIES.flatMap(entry => entry.modules);
    expect(modules.length).toBe(new Set(modules).size);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
