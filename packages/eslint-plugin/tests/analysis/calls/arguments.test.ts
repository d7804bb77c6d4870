import { describe, expect, it } from 'vitest';

import { commandKind, sqlKind } from '../../../src/analysis/calls/arguments.js';
import { kindOf, operationsOf } from './classify.js';

describe('commands', () => {
  it.each([
    ['GetItem', 'read'],
    ['ListObjectsV2', 'read'],
    ['DescribeTable', 'read'],
    ['HeadObject', 'read'],
    ['Query', 'read'],
    ['Scan', 'read'],
    ['BatchGetItem', 'read'],
    ['TransactGetItems', 'read'],
    ['AdminGetUser', 'read'],
    ['Decrypt', 'read'],
    ['GenerateDataKey', 'read'],
    ['AssumeRole', 'read'],
    ['Verify', 'read'],
    ['PutItem', 'write'],
    ['DeleteObject', 'write'],
    ['SendMessage', 'write'],
    ['Publish', 'write'],
    ['Invoke', 'write'],
    ['StartExecution', 'write'],
    ['VerifyEmailIdentity', 'write'],
    ['GetUserAttributeVerificationCode', 'write'],
    ['ReceiveMessage', 'ordered'],
    ['TransactWriteItems', 'ordered'],
    ['ExecuteStatement', 'ordered'],
  ])('%s is a %s', (name, kind) => {
    expect(commandKind(name)).toBe(kind);
  });

  it('judges send(new XCommand(…)) and command buses by the command, and takes the table from its input', () => {
    const [get, put] = operationsOf(`
      async function f() {
        await ddb.send(new GetCommand({ TableName: 'users', Key: { id } }));
        await ddb.send(new PutCommand({ TableName: 'orders', Item: order }));
      }`);
    expect([get!.kind, get!.resource?.key, put!.kind, put!.resource?.key]).toEqual(['read', 'users', 'write', 'orders']);
    expect(kindOf('async function f() { const command = new GetObjectCommand({ Bucket, Key }); await s3.send(command); }')).toBe('read');
    expect(kindOf('async function f() { await queryBus.execute(new GetUserQuery(id)); }')).toBe('read');
    expect(kindOf('async function f() { await commandBus.execute(new CreateUserCommand(dto)); }')).toBe('write');
  });
});

describe('SQL', () => {
  it.each([
    ['SELECT * FROM users', 'read'],
    ['  -- the latest\n  select id from posts', 'read'],
    ['WITH recent AS (SELECT 1) SELECT * FROM recent', 'read'],
    ['WITH moved AS (DELETE FROM queue RETURNING *) SELECT * FROM moved', 'write'],
    ['SELECT * FROM accounts WHERE id = $1 FOR UPDATE', 'ordered'],
    ["SELECT nextval('ids')", 'ordered'],
    ['INSERT INTO users (id) VALUES ($1)', 'write'],
    ['update users set name = $1', 'write'],
    ['EXPLAIN ANALYZE DELETE FROM users', 'write'],
    ['BEGIN', 'ordered'],
    ['SET search_path TO app', 'ordered'],
    ['CALL refresh_totals()', 'write'],
    // Cypher: a MATCH or a procedure that YIELDs reads, unless a clause writes
    ['MATCH (u:User {id: $id}) RETURN u', 'read'],
    ['MATCH (u:User {id: $id}) SET u.seen = timestamp()', 'write'],
    ['CALL apoc.meta.data() YIELD label, property RETURN label, property', 'read'],
    ['CALL apoc.create.node(["User"], $props) YIELD node RETURN node', 'write'],
  ])('%s', (sql, kind) => {
    expect(sqlKind(sql)).toBe(kind);
  });

  it('reads the SQL of query calls, tagged templates, prepared statements and { text } objects', () => {
    expect(kindOf("async function f() { await pool.query('SELECT * FROM users WHERE id = $1', [id]); }")).toBe('read');
    expect(kindOf("async function f() { await pool.query({ text: 'DELETE FROM sessions', values: [] }); }")).toBe('write');
    expect(kindOf("async function f() { await pool.execute('SELECT 1'); }")).toBe('read');
    expect(kindOf('async function f() { await sql`select * from users where id = ${id}`; }')).toBe('read');
    expect(kindOf("async function f() { await env.DB.prepare('SELECT * FROM users WHERE id = ?').bind(id).first(); }")).toBe('read');
    expect(kindOf("async function f() { await env.DB.prepare('UPDATE users SET seen = 1').run(); }")).toBe('write');
  });
});

describe('GraphQL', () => {
  it('judges a document by its operation, whatever the HTTP method', () => {
    expect(kindOf('async function f() { await client.request(gql`query User($id: ID!) { user(id: $id) { name } }`, { id }); }')).toBe('read');
    expect(kindOf('async function f() { await client.request(gql`mutation { logout }`); }')).toBe('write');
    expect(kindOf("async function f() { await fetch(url, { method: 'POST', body: JSON.stringify({ query: `{ viewer { login } }` }) }); }")).toBe('read');
    expect(
      kindOf(
        "const GET_CART = gql`query Cart { cart { id } }`; async function f() { await fetch(url, { method: 'POST', body: JSON.stringify({ query: GET_CART }) }); }",
      ),
    ).toBe('read');
    expect(kindOf('async function f() { await client.mutation(UpdateUserMutation, vars); }')).toBe('write');
    expect(kindOf('async function f() { await client.request(CreateUserMutationDocument, vars); }')).toBe('write');
    expect(kindOf('async function f() { await client.request(OnMessageSubscriptionDocument); }')).toBe('ordered');
    expect(kindOf('async function f() { await client.request(MUTATION_UPDATE_USER, vars); }')).toBe('write');
    expect(kindOf('async function f() { await client.request(UpdateUserMutationGQL, vars); }')).toBe('write');
    // a name that only mentions a kind is no document: Stripe's subscription id
    expect(
      kindOf("import Stripe from 'stripe'; const stripe = new Stripe(key); async function f() { await stripe.subscriptions.retrieve(subscriptionId); }"),
    ).toBe('read');
  });
});

describe('HTTP', () => {
  it('judges routes and methods', () => {
    expect(kindOf("async function f() { await octokit.request('GET /repos/{owner}/{repo}', { owner, repo }); }")).toBe('read');
    expect(kindOf("async function f() { await octokit.request('POST /repos/{owner}/{repo}/issues', { owner, repo }); }")).toBe('write');
    expect(kindOf("async function f() { await fetch(url, { method: 'PUT', body }); }")).toBe('write');
    expect(kindOf("async function f() { await fetch(url, { method: 'HEAD' }); }")).toBe('read');
    expect(kindOf("async function f() { await apiRequest.call(this, 'POST', endpoint); }")).toBe('write');
  });
});

describe('downloads', () => {
  it('keeps a download into a local file in its place (what follows may read the file), and counts one that gives its bytes back as a read', () => {
    expect(kindOf('async function f() { await FileSystem.downloadAsync(url, target); }')).toBe('ordered');
    expect(kindOf('async function f() { await FileSystem.downloadAsync(url, FileSystem.documentDirectory + name); }')).toBe('ordered');
    expect(kindOf('async function f() { await downloadFile(url, path.join(dir, "model.bin")); }')).toBe('ordered');
    expect(kindOf('async function f() { await downloadFile(url, `${cacheDir}/${name}`); }')).toBe('ordered');
    expect(kindOf('async function f() { await file.download({ destination: localPath }); }')).toBe('ordered');
    expect(kindOf('async function f() { await blob.downloadToFile(target); }')).toBe('ordered');
    expect(kindOf('async function f() { await file.download(); }')).toBe('read');
    expect(kindOf('async function f() { await octokit.rest.repos.downloadArchive({ owner, repo, ref }); }')).toBe('read');
    // a remote object's key or path is no local file
    expect(kindOf('async function f() { await files.download("reports", `${id}/summary.csv`); }')).toBe('read');
    expect(kindOf('async function f() { await downloadObject({ bucket, path: `${id}.png` }); }')).toBe('read');
    // `fn.call(this, …)` hands the function what follows `this`: the submission is data, not a destination
    expect(kindOf('async function f() { await downloadAttachments.call(this, submission, options); }')).toBe('read');
    expect(kindOf('async function f() { await downloadFile.call(this, file.url_private_download); }')).toBe('read');
  });
});
