import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../src/rules/no-sequential-loop-await.js';
import { javascript, jsx, loop, tsx, type InvalidLoop, type ValidLoop } from './cases.js';
import { expectSuggestionsToExecute } from './execute.js';
import { expectSuggestionsToSettle } from './settle.js';

const ruleTester = new RuleTester();

// ---------------------------------------------------------------------------------------------
// Reported: loops over collections whose iterations only read, with the three forms of rewrite
// (collect into an array; every body in an async callback; start every call, then loop in order)
// ---------------------------------------------------------------------------------------------
const forms: InvalidLoop[] = [
  {
    code: `
async function load(ids: string[]) {
  const users: User[] = [];
  for (const id of ids) users.push(await getUser(id));
  return users;
}`,
    errors: [
      loop(
        4,
        3,
        `getUser(…)`,
        `
async function load(ids: string[]) {
  const users: User[] = await Promise.all(ids.map((id) => getUser(id)));
  return users;
}`,
      ),
    ],
  },
  {
    code: `
async function load(ids: string[]) {
  const users = [];
  for (const id of ids) {
    users.push(await getUser(id));
  }
  return users;
}`,
    errors: [
      loop(
        4,
        3,
        `getUser(…)`,
        `
async function load(ids: string[]) {
  const users = await Promise.all(ids.map((id) => getUser(id)));
  return users;
}`,
      ),
    ],
  },
  {
    code: `
async function load(ids: string[]) {
  let rows = [];
  for (const id of ids) {
    rows.push({ id, user: await getUser(id), plan: await getPlan(id) });
  }
  return rows;
}`,
    errors: [
      loop(
        4,
        3,
        `getUser(…)`,
        `
async function load(ids: string[]) {
  let rows = await Promise.all(ids.map(async (id) => ({ id, user: await getUser(id), plan: await getPlan(id) })));
  return rows;
}`,
      ),
    ],
  },
  {
    code: `
async function load(ids: Set<string>) {
  const users = [];
  for (const id of ids) {
    users.push(await getUser(id));
  }
  return users;
}`,
    errors: [
      loop(
        4,
        3,
        `getUser(…)`,
        `
async function load(ids: Set<string>) {
  const users = await Promise.all(Array.from(ids, (id) => getUser(id)));
  return users;
}`,
      ),
    ],
  },
  {
    code: `
async function load(limits: Record<string, number>) {
  const usage = [];
  for (const [team, limit] of Object.entries(limits)) {
    usage.push({ team, limit, used: await getUsage(team) });
  }
  return usage;
}`,
    errors: [
      loop(
        4,
        3,
        `getUsage(…)`,
        `
async function load(limits: Record<string, number>) {
  const usage = await Promise.all(Object.entries(limits).map(async ([team, limit]) => ({ team, limit, used: await getUsage(team) })));
  return usage;
}`,
      ),
    ],
  },
  {
    code: `
async function load(ids: string[]) {
  const users = [];
  for (let i = 0; i < ids.length; i++) {
    users.push(await getUser(ids[i]));
  }
  return users;
}`,
    errors: [
      loop(
        4,
        3,
        `getUser(…)`,
        `
async function load(ids: string[]) {
  const users = await Promise.all(Array.from({ length: ids.length }, (_item, i) => getUser(ids[i])));
  return users;
}`,
      ),
    ],
  },
  {
    code: `
async function load(ids: string[]) {
  // one request per user
  const users = [];
  for (const id of ids) {
    // the profile only
    users.push(await getUser(id)); // no posts
  }
  return users;
}`,
    errors: [
      loop(
        5,
        3,
        `getUser(…)`,
        `
async function load(ids: string[]) {
  // one request per user
  // the profile only
  // no posts
  const users = await Promise.all(ids.map((id) => getUser(id)));
  return users;
}`,
      ),
    ],
  },
  {
    code: `
async function names(ids: string[]) {
  for (const id of ids) {
    const user = await getUser(id);
    if (!user) continue;
    const name = user.name.toUpperCase();
    cache[id] = name;
  }
}`,
    errors: [
      loop(
        3,
        3,
        `getUser(…)`,
        `
async function names(ids: string[]) {
  const users = await Promise.all(ids.map((id) => getUser(id)));
  let index = 0;
  for (const id of ids) {
    const user = users[index++]!;
    if (!user) continue;
    const name = user.name.toUpperCase();
    cache[id] = name;
  }
}`,
      ),
    ],
  },
  {
    code: `
async function audit(accounts: Account[]) {
  for (const account of accounts.filter(a => a.active)) {
    const balance = await getBalance(account.id);
    const limits = await getLimits(account.id, balance.currency);
    check(account, balance, limits);
  }
}`,
    errors: [
      loop(
        3,
        3,
        `getBalance(…)`,
        `
async function audit(accounts: Account[]) {
  const items = accounts.filter(a => a.active);
  const iterations = await Promise.all(items.map(async (account) => {
    const balance = await getBalance(account.id);
    const limits = await getLimits(account.id, balance.currency);
    return [balance, limits] as const;
  }));
  let index = 0;
  for (const account of items) {
    const [balance, limits] = iterations[index++]!;
    check(account, balance, limits);
  }
}`,
      ),
    ],
  },
  {
    code: `
async function report(ids: string[]) {
  for (const id of ids) {
    const user = await getUser(id);
    console.log(user.name);
  }
}`,
    errors: [
      loop(
        3,
        3,
        `getUser(…)`,
        `
async function report(ids: string[]) {
  const users = await Promise.all(ids.map((id) => getUser(id)));
  let index = 0;
  for (const id of ids) {
    const user = users[index++]!;
    console.log(user.name);
  }
}`,
      ),
    ],
  },
  {
    code: `
async function report(ids: string[], names: string[]) {
  names.length = 0;
  for (const id of ids) {
    const user: User = await getUser(id);
    names.push(user.name);
  }
}`,
    errors: [
      loop(
        4,
        3,
        `getUser(…)`,
        `
async function report(ids: string[], names: string[]) {
  names.length = 0;
  const users = await Promise.all(ids.map((id) => getUser(id)));
  let index = 0;
  for (const id of ids) {
    const user: User = users[index++]!;
    names.push(user.name);
  }
}`,
      ),
    ],
  },
  {
    code: `
async function render(items: Item[]) {
  for (let i = 0; i < items.length; i++) {
    const thumbnail = await loadThumbnail(items[i].url);
    draw(thumbnail, i);
  }
}`,
    errors: [
      loop(
        3,
        3,
        `loadThumbnail(…)`,
        `
async function render(items: Item[]) {
  const thumbnails = await Promise.all(Array.from({ length: items.length }, (_item, i) => loadThumbnail(items[i].url)));
  for (let i = 0; i < items.length; i++) {
    const thumbnail = thumbnails[i]!;
    draw(thumbnail, i);
  }
}`,
      ),
    ],
  },
  {
    code: `
async function prices(skus: string[]) {
  const bySku = new Map<string, number>();
  for (const sku of skus) {
    bySku.set(sku, await getPrice(sku));
  }
  return bySku;
}`,
    errors: [
      loop(
        4,
        3,
        `getPrice(…)`,
        `
async function prices(skus: string[]) {
  const bySku = new Map<string, number>();
  const prices2 = await Promise.all(skus.map((sku) => getPrice(sku)));
  let index = 0;
  for (const sku of skus) {
    bySku.set(sku, prices2[index++]!);
  }
  return bySku;
}`,
      ),
    ],
  },
  {
    code: `
async function config(sections: Record<string, string>) {
  for (const key in sections) {
    const value = await loadSection(sections[key]);
    apply(key, value);
  }
}`,
    errors: [loop(3, 3, `loadSection(…)`)],
  },
  {
    code: `
import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';

const s3 = new S3Client({});

export async function download(keys: string[]) {
  const bodies = [];
  for (const key of keys) {
    const object = await s3.send(new GetObjectCommand({ Bucket: 'media', Key: key }));
    bodies.push(await object.Body!.transformToString());
  }
  return bodies;
}`,
    errors: [
      loop(
        8,
        3,
        `s3.send(…)`,
        `
import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';

const s3 = new S3Client({});

export async function download(keys: string[]) {
  const bodies = await Promise.all(keys.map(async (key) => {
    const object = await s3.send(new GetObjectCommand({ Bucket: 'media', Key: key }));
    return await object.Body!.transformToString();
  }));
  return bodies;
}`,
      ),
    ],
  },
  {
    code: `
import OpenAI from 'openai';

const openai = new OpenAI();

export async function embed(chunks: string[]) {
  const vectors = [];
  for (const chunk of chunks) {
    vectors.push(await openai.embeddings.create({ model: 'text-embedding-3-small', input: chunk }));
  }
  return vectors;
}`,
    errors: [
      loop(
        8,
        3,
        `openai.embeddings.create(…)`,
        `
import OpenAI from 'openai';

const openai = new OpenAI();

export async function embed(chunks: string[]) {
  const vectors = await Promise.all(chunks.map((chunk) => openai.embeddings.create({ model: 'text-embedding-3-small', input: chunk })));
  return vectors;
}`,
      ),
    ],
  },
  {
    code: `
import { readFile } from 'node:fs/promises';

export async function readAll(files) {
  const contents = [];
  for (const file of files) {
    contents.push(await readFile(file, 'utf8'));
  }
  return contents;
}`,
    errors: [
      loop(
        6,
        3,
        `readFile(…)`,
        `
import { readFile } from 'node:fs/promises';

export async function readAll(files) {
  const contents = await Promise.all(Array.from(files, (file) => readFile(file, 'utf8')));
  return contents;
}`,
      ),
    ],
  },
  {
    code: `
const SEARCH = \`query Search($term: String!) { search(term: $term) { id } }\`;

export async function searchAll(terms) {
  const results = [];
  for (const term of terms) {
    const response = await fetch(API, { method: 'POST', body: JSON.stringify({ query: SEARCH, variables: { term } }) });
    results.push(await response.json());
  }
  return results;
}`,
    errors: [
      loop(
        6,
        3,
        `fetch(…)`,
        `
const SEARCH = \`query Search($term: String!) { search(term: $term) { id } }\`;

export async function searchAll(terms) {
  const results = await Promise.all(Array.from(terms, async (term) => {
    const response = await fetch(API, { method: 'POST', body: JSON.stringify({ query: SEARCH, variables: { term } }) });
    return await response.json();
  }));
  return results;
}`,
      ),
    ],
  },
  {
    code: `
async function people(db, ids) {
  for (const id of ids) {
    const person = await db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst();
    show(person);
  }
}`,
    errors: [
      loop(
        3,
        3,
        `db.selectFrom(…)`,
        `
async function people(db, ids) {
  const persons = await Promise.all(Array.from(ids, (id) => db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst()));
  let index = 0;
  for (const id of ids) {
    const person = persons[index++]!;
    show(person);
  }
}`,
      ),
    ],
  },
  {
    code: `
async function tally(votes: Vote[]) {
  outer: for (const vote of votes) {
    const voter = await getVoter(vote.voterId);
    for (const flag of voter.flags) {
      if (flag === 'banned') continue outer;
    }
    count(voter);
  }
}`,
    errors: [
      loop(
        3,
        10,
        `getVoter(…)`,
        `
async function tally(votes: Vote[]) {
  const voters = await Promise.all(votes.map((vote) => getVoter(vote.voterId)));
  let index = 0;
  outer: for (const vote of votes) {
    const voter = voters[index++]!;
    for (const flag of voter.flags) {
      if (flag === 'banned') continue outer;
    }
    count(voter);
  }
}`,
      ),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Reported: JavaScript, JSX and TSX, collections of every kind, layout, and what libraries read
// ---------------------------------------------------------------------------------------------
const shapes: InvalidLoop[] = [
  {
    // a download that gives its bytes back reads
    code: `
export async function readAll(files: { download(): Promise<[Buffer]> }[]) {
  const contents: Buffer[] = [];
  for (const file of files) {
    const [content] = await file.download();
    contents.push(content);
  }
  return contents;
}`,
    errors: [
      loop(
        4,
        3,
        `file.download(…)`,
        `
export async function readAll(files: { download(): Promise<[Buffer]> }[]) {
  const contents: Buffer[] = await Promise.all(files.map(async (file) => {
    const [content] = await file.download();
    return content;
  }));
  return contents;
}`,
      ),
    ],
  },
  {
    // a `fetch` the function is handed (SvelteKit's load event) is the Fetch API, not a callback run one item at a time
    ...javascript,
    code: `
export const load = async ({ fetch, params }) => {
  const widgets = {};
  for (const [key, url] of Object.entries(params.sources)) {
    const res = await fetch(url);
    widgets[key] = await res.json();
  }
  return widgets;
};`,
    errors: [loop(4, 3, `fetch(…)`)],
  },
  {
    // an index loop from 1 pairs each item with the one before; the work starts for each index from 1
    ...javascript,
    code: `
const versions = ['1.0.0', '1.1.0', '2.0.0', '2.1.0'];

async function changes() {
  const diffs = [];
  for (let i = 1; i < versions.length; i++) {
    const diff = await compareVersions(versions[i - 1], versions[i]);
    diffs.push(diff);
  }
  return diffs;
}`,
    errors: [
      loop(
        6,
        3,
        `compareVersions(…)`,
        `
const versions = ['1.0.0', '1.1.0', '2.0.0', '2.1.0'];

async function changes() {
  const diffs = await Promise.all(Array.from({ length: versions.length - 1 }, (_item, offset) => offset + 1).map(async (i) => {
    const diff = await compareVersions(versions[i - 1], versions[i]);
    return diff;
  }));
  return diffs;
}`,
      ),
    ],
  },
  {
    // the helper opens its own connection each time: the order of calls through it stays inside each call
    ...javascript,
    code: `
import tls from 'node:tls';

function certificateOf(host) {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host, port: 443, servername: host }, () => {
      const certificate = socket.getPeerCertificate();
      socket.end();
      resolve(certificate);
    });
    socket.on('error', reject);
  });
}

export async function certificates(hosts) {
  const found = [];
  for (const host of hosts) found.push(await certificateOf(host));
  return found;
}`,
    errors: [
      loop(
        17,
        3,
        `certificateOf(…)`,
        `
import tls from 'node:tls';

function certificateOf(host) {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host, port: 443, servername: host }, () => {
      const certificate = socket.getPeerCertificate();
      socket.end();
      resolve(certificate);
    });
    socket.on('error', reject);
  });
}

export async function certificates(hosts) {
  const found = await Promise.all(Array.from(hosts, (host) => certificateOf(host)));
  return found;
}`,
      ),
    ],
  },
  {
    ...javascript,
    code: `
async function load(ids) {
  const users = [];
  for (const id of ids) users.push(await getUser(id));
  return users;
}`,
    errors: [
      loop(
        4,
        3,
        `getUser(…)`,
        `
async function load(ids) {
  const users = await Promise.all(Array.from(ids, (id) => getUser(id)));
  return users;
}`,
      ),
    ],
  },
  {
    ...javascript,
    code: `
async function load(ids) {
  for (const id of ids) {
    const user = await getUser(id);
    render(user);
  }
}`,
    errors: [
      loop(
        3,
        3,
        `getUser(…)`,
        `
async function load(ids) {
  const users = await Promise.all(Array.from(ids, (id) => getUser(id)));
  let index = 0;
  for (const id of ids) {
    const user = users[index++];
    render(user);
  }
}`,
      ),
    ],
  },
  {
    ...javascript,
    code: `
async function load(ids) {
  for (let i = 0; i < ids.length; i += 1) {
    const user = await api.users.get(ids[i]);
    render(user, i);
  }
}`,
    errors: [
      loop(
        3,
        3,
        `api.users.get(…)`,
        `
async function load(ids) {
  const users = await Promise.all(Array.from({ length: ids.length }, (_item, i) => api.users.get(ids[i])));
  for (let i = 0; i < ids.length; i += 1) {
    const user = users[i];
    render(user, i);
  }
}`,
      ),
    ],
  },
  {
    ...javascript,
    code: `
export async function sizes(dir, names) {
  const stats = [];
  for (const name of names) {
    stats.push((await stat(join(dir, name))).size);
  }
  return stats;
}`,
    errors: [
      loop(
        4,
        3,
        `stat(…)`,
        `
export async function sizes(dir, names) {
  const stats = await Promise.all(Array.from(names, async (name) => (await stat(join(dir, name))).size));
  return stats;
}`,
      ),
    ],
  },
  {
    ...jsx,
    code: `
export async function Cards({ ids }) {
  const cards = [];
  for (const id of ids) {
    cards.push(<Card key={id} user={await getUser(id)} />);
  }
  return <div>{cards}</div>;
}`,
    errors: [
      loop(
        4,
        3,
        `getUser(…)`,
        `
export async function Cards({ ids }) {
  const cards = await Promise.all(Array.from(ids, async (id) => <Card key={id} user={await getUser(id)} />));
  return <div>{cards}</div>;
}`,
      ),
    ],
  },
  {
    ...tsx,
    code: `
export async function Cards({ ids }: { ids: string[] }) {
  const cards: JSX.Element[] = [];
  for (const id of ids) {
    cards.push(<Card key={id} user={await getUser(id)} />);
  }
  return <div>{cards}</div>;
}`,
    errors: [
      loop(
        4,
        3,
        `getUser(…)`,
        `
export async function Cards({ ids }: { ids: string[] }) {
  const cards: JSX.Element[] = await Promise.all(Array.from(ids, async (id) => <Card key={id} user={await getUser(id)} />));
  return <div>{cards}</div>;
}`,
      ),
    ],
  },
  {
    ...tsx,
    code: `
export default async function Page({ slugs }: { slugs: string[] }) {
  for (const slug of slugs) {
    const post = await getPost(slug);
    track(post.id);
  }
  return <main />;
}`,
    errors: [
      loop(
        3,
        3,
        `getPost(…)`,
        `
export default async function Page({ slugs }: { slugs: string[] }) {
  const posts = await Promise.all(Array.from(slugs, (slug) => getPost(slug)));
  let index = 0;
  for (const slug of slugs) {
    const post = posts[index++]!;
    track(post.id);
  }
  return <main />;
}`,
      ),
    ],
  },
  {
    code: `
async function load(users: Map<string, User>) {
  const posts = [];
  for (const [id, user] of users) {
    posts.push({ user, posts: await getPosts(id) });
  }
  return posts;
}`,
    errors: [
      loop(
        4,
        3,
        `getPosts(…)`,
        `
async function load(users: Map<string, User>) {
  const posts = await Promise.all(Array.from(users, async ([id, user]) => ({ user, posts: await getPosts(id) })));
  return posts;
}`,
      ),
    ],
  },
  {
    code: `
async function load(users: Map<string, User>) {
  const counts = [];
  for (const id of users.keys()) {
    counts.push(await countPosts(id));
  }
  return counts;
}`,
    errors: [
      loop(
        4,
        3,
        `countPosts(…)`,
        `
async function load(users: Map<string, User>) {
  const counts = await Promise.all(Array.from(users.keys(), (id) => countPosts(id)));
  return counts;
}`,
      ),
    ],
  },
  {
    code: `
async function load(ids: readonly string[]) {
  const users = [];
  for (const id of ids) {
    const user = await getUser(id);
    users.push(user);
  }
  return users;
}`,
    errors: [
      loop(
        4,
        3,
        `getUser(…)`,
        `
async function load(ids: readonly string[]) {
  const users = await Promise.all(ids.map(async (id) => {
    const user = await getUser(id);
    return user;
  }));
  return users;
}`,
      ),
    ],
  },
  {
    code: `
async function load(ids: Array<string>) {
  const users = [];
  for (const id of ids) {
    const user = await getUser(id);
    const profile = await getProfile(user.profileId);
    users.push({ user, profile });
  }
  return users;
}`,
    errors: [
      loop(
        4,
        3,
        `getUser(…)`,
        `
async function load(ids: Array<string>) {
  const users = await Promise.all(ids.map(async (id) => {
    const user = await getUser(id);
    const profile = await getProfile(user.profileId);
    return { user, profile };
  }));
  return users;
}`,
      ),
    ],
  },
  {
    code: `
async function load(groups: string[][]) {
  const members = [];
  for (const group of groups.flat()) {
    members.push(await getMember(group));
  }
  return members;
}`,
    errors: [
      loop(
        4,
        3,
        `getMember(…)`,
        `
async function load(groups: string[][]) {
  const members = await Promise.all(groups.flat().map((group) => getMember(group)));
  return members;
}`,
      ),
    ],
  },
  {
    code: `
async function load(csv: string) {
  const rows = [];
  for (const id of csv.split(',')) {
    rows.push(await getRow(id.trim()));
  }
  return rows;
}`,
    errors: [
      loop(
        4,
        3,
        `getRow(…)`,
        `
async function load(csv: string) {
  const rows = await Promise.all(csv.split(',').map((id) => getRow(id.trim())));
  return rows;
}`,
      ),
    ],
  },
  {
    code: `
async function load(ids: string[]) {
  const users = [];
  for (const id of [...ids].sort()) {
    users.push(await getUser(id));
  }
  return users;
}`,
    errors: [
      loop(
        4,
        3,
        `getUser(…)`,
        `
async function load(ids: string[]) {
  const users = await Promise.all([...ids].sort().map((id) => getUser(id)));
  return users;
}`,
      ),
    ],
  },
  {
    code: `
async function load({ ids }: { ids: string[] }) {
  const users = [];
  for (const { id, role } of ids.map(id => ({ id, role: 'member' }))) {
    users.push({ role, user: await getUser(id) });
  }
  return users;
}`,
    errors: [
      loop(
        4,
        3,
        `getUser(…)`,
        `
async function load({ ids }: { ids: string[] }) {
  const users = await Promise.all(Array.from(ids.map(id => ({ id, role: 'member' })), async ({ id, role }) => ({ role, user: await getUser(id) })));
  return users;
}`,
      ),
    ],
  },
  {
    code: `
async function load(ids: string[]) {
  const users = [];
  for (let id of ids) {
    id = id.trim();
    users.push(await getUser(id));
  }
  return users;
}`,
    errors: [
      loop(
        4,
        3,
        `getUser(…)`,
        `
async function load(ids: string[]) {
  const users = await Promise.all(ids.map(async (id) => {
    id = id.trim();
    return await getUser(id);
  }));
  return users;
}`,
      ),
    ],
  },
  {
    code: `
async function load(ids: string[]) {
  for (const id of ids) {
    const user = await getUser(id);
    if (user.deleted) {
      continue;
    }
    const avatar = user.avatar ?? DEFAULT;
    void avatar;
  }
}`,
    errors: [
      loop(
        3,
        3,
        `getUser(…)`,
        `
async function load(ids: string[]) {
  await Promise.all(ids.map(async (id) => {
    const user = await getUser(id);
    if (user.deleted) {
      return;
    }
    const avatar = user.avatar ?? DEFAULT;
    void avatar;
  }));
}`,
      ),
    ],
  },
  {
    code: `
async function load(ids: string[]) {
  for (const id of ids) {
    try {
      const user = await getUser(id);
      report(user);
    } catch (error) {
      console.warn(id, error);
    }
  }
}`,
    errors: [loop(3, 3, `getUser(…)`)],
  },
  {
    code: `
async function load(ids: string[]) {
  const failures: string[] = [];
  for (const id of ids) {
    const user = await getUser(id).catch(() => null);
    if (!user) failures.push(id);
  }
  return failures;
}`,
    errors: [
      loop(
        4,
        3,
        `getUser(…)`,
        `
async function load(ids: string[]) {
  const failures: string[] = [];
  const users = await Promise.all(ids.map((id) => getUser(id).catch(() => null)));
  let index = 0;
  for (const id of ids) {
    const user = users[index++]!;
    if (!user) failures.push(id);
  }
  return failures;
}`,
      ),
    ],
  },
  {
    code: `
class Store {
  async load(ids: string[]) {
    const users = [];
    for (const id of ids) {
      users.push(await this.api.getUser(id));
    }
    return users;
  }
}`,
    errors: [
      loop(
        5,
        5,
        `this.api.getUser(…)`,
        `
class Store {
  async load(ids: string[]) {
    const users = await Promise.all(ids.map((id) => this.api.getUser(id)));
    return users;
  }
}`,
      ),
    ],
  },
  {
    code: `
const load = async (ids: string[]) => {
  const users = [];
  for (const id of ids) {
    users.push(await getUser(id));
  }
  return users;
};`,
    errors: [
      loop(
        4,
        3,
        `getUser(…)`,
        `
const load = async (ids: string[]) => {
  const users = await Promise.all(ids.map((id) => getUser(id)));
  return users;
};`,
      ),
    ],
  },
  {
    code: `
async function load(ids: string[]) {
  const users = [];
  for (const id of ids) {
    users.push(await getUser(id))
  }
  return users
}`,
    errors: [
      loop(
        4,
        3,
        `getUser(…)`,
        `
async function load(ids: string[]) {
  const users = await Promise.all(ids.map((id) => getUser(id)));
  return users
}`,
      ),
    ],
  },
  {
    code: `
async function load(ids: string[]) {
	const users = [];
	for (const id of ids) {
		users.push(await getUser(id));
	}
	return users;
}`,
    errors: [
      loop(
        4,
        2,
        `getUser(…)`,
        `
async function load(ids: string[]) {
	const users = await Promise.all(ids.map((id) => getUser(id)));
	return users;
}`,
      ),
    ],
  },
  {
    code: `
async function load(ids: string[]) {
  const users = [];
  for (const id of ids) {
    users.push(
      await getUser(id, {
        include: ['profile', 'settings'],
      }),
    );
  }
  return users;
}`,
    errors: [
      loop(
        4,
        3,
        `getUser(…)`,
        `
async function load(ids: string[]) {
  const users = await Promise.all(ids.map((id) => getUser(id, {
        include: ['profile', 'settings'],
      })));
  return users;
}`,
      ),
    ],
  },
  {
    code: `
async function render(ids: string[]) {
  const html = [];
  for (const id of ids) {
    const user = await getUser(id);
    html.push(\`<li>
  \${user.name}
</li>\`);
  }
  return html.join('');
}`,
    errors: [
      loop(
        4,
        3,
        `getUser(…)`,
        `
async function render(ids: string[]) {
  const html = await Promise.all(ids.map(async (id) => {
    const user = await getUser(id);
    return \`<li>
  \${user.name}
</li>\`;
  }));
  return html.join('');
}`,
      ),
    ],
  },
  {
    code: `
async function load(items: { id: string }[]) {
  for (const item of items) {
    const detail = await getDetail(item.id);
    Object.assign(item, { detail });
  }
}`,
    errors: [
      loop(
        3,
        3,
        `getDetail(…)`,
        `
async function load(items: { id: string }[]) {
  await Promise.all(items.map(async (item) => {
    const detail = await getDetail(item.id);
    Object.assign(item, { detail });
  }));
}`,
      ),
    ],
  },
  {
    code: `
async function load(ids: string[]) {
  const byId: Record<string, User> = {};
  for (const id of ids) {
    byId[id] = await getUser(id);
  }
  return byId;
}`,
    errors: [
      loop(
        4,
        3,
        `getUser(…)`,
        `
async function load(ids: string[]) {
  const byId: Record<string, User> = {};
  const users = await Promise.all(ids.map((id) => getUser(id)));
  let index = 0;
  for (const id of ids) {
    byId[id] = users[index++]!;
  }
  return byId;
}`,
      ),
    ],
  },
  {
    code: `
async function load(ids: string[]) {
  let last: User | undefined;
  for (const id of ids) {
    const user = await getUser(id);
    last = user;
  }
  return last;
}`,
    errors: [
      loop(
        4,
        3,
        `getUser(…)`,
        `
async function load(ids: string[]) {
  let last: User | undefined;
  const users = await Promise.all(ids.map((id) => getUser(id)));
  let index = 0;
  for (const id of ids) {
    const user = users[index++]!;
    last = user;
  }
  return last;
}`,
      ),
    ],
  },
  {
    code: `
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function counts(teamIds: string[]) {
  const result = [];
  for (const teamId of teamIds) {
    result.push(await prisma.member.count({ where: { teamId } }));
  }
  return result;
}`,
    errors: [
      loop(
        8,
        3,
        `prisma.member.count(…)`,
        `
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function counts(teamIds: string[]) {
  const result = await Promise.all(teamIds.map((teamId) => prisma.member.count({ where: { teamId } })));
  return result;
}`,
      ),
    ],
  },
  {
    code: `
import Redis from 'ioredis';

const redis = new Redis();

export async function flags(users: string[]) {
  const values = [];
  for (const user of users) {
    values.push(await redis.hgetall(\`flags:\${user}\`));
  }
  return values;
}`,
    errors: [
      loop(
        8,
        3,
        `redis.hgetall(…)`,
        `
import Redis from 'ioredis';

const redis = new Redis();

export async function flags(users: string[]) {
  const values = await Promise.all(users.map((user) => redis.hgetall(\`flags:\${user}\`)));
  return values;
}`,
      ),
    ],
  },
  {
    code: `
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_KEY!);

export async function customers(ids: string[]) {
  const found = [];
  for (const id of ids) {
    found.push(await stripe.customers.retrieve(id));
  }
  return found;
}`,
    errors: [
      loop(
        8,
        3,
        `stripe.customers.retrieve(…)`,
        `
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_KEY!);

export async function customers(ids: string[]) {
  const found = await Promise.all(ids.map((id) => stripe.customers.retrieve(id)));
  return found;
}`,
      ),
    ],
  },
  {
    code: `
import { Octokit } from 'octokit';

const octokit = new Octokit({ auth: process.env.TOKEN });

export async function repos(names: string[]) {
  const result = [];
  for (const repo of names) {
    result.push(await octokit.rest.repos.get({ owner: 'acme', repo }));
  }
  return result;
}`,
    errors: [
      loop(
        8,
        3,
        `octokit.…get(…)`,
        `
import { Octokit } from 'octokit';

const octokit = new Octokit({ auth: process.env.TOKEN });

export async function repos(names: string[]) {
  const result = await Promise.all(names.map((repo) => octokit.rest.repos.get({ owner: 'acme', repo })));
  return result;
}`,
      ),
    ],
  },
  {
    code: `
async function load(ids: string[]) {
  const users = [];
  for (const id of ids) {
    const response = await fetch(\`/api/users/\${id}\`);
    users.push(await response.json());
  }
  return users;
}`,
    errors: [
      loop(
        4,
        3,
        `fetch(…)`,
        `
async function load(ids: string[]) {
  const users = await Promise.all(ids.map(async (id) => {
    const response = await fetch(\`/api/users/\${id}\`);
    return await response.json();
  }));
  return users;
}`,
      ),
    ],
  },
  {
    code: `
async function load(ids: string[]) {
  for (const id of ids) {
    const cached = memo.get(id);
    const user = await getUser(id);
    show(cached ?? user);
  }
}`,
    errors: [loop(3, 3, `getUser(…)`)],
  },
  {
    code: `
async function nested(teams: Team[]) {
  for (const team of teams) {
    for (const member of team.members) {
      const user = await getUser(member);
      show(user);
    }
  }
}`,
    errors: [
      loop(
        4,
        5,
        `getUser(…)`,
        `
async function nested(teams: Team[]) {
  for (const team of teams) {
    const users = await Promise.all(Array.from(team.members, (member) => getUser(member)));
    let index = 0;
    for (const member of team.members) {
      const user = users[index++]!;
      show(user);
    }
  }
}`,
      ),
    ],
  },
  {
    code: `
async function counter(ids: string[]) {
  let count = 0;
  for (const id of ids) {
    const user = await getUser(id);
    count++;
    show(user, count);
  }
}`,
    errors: [
      loop(
        4,
        3,
        `getUser(…)`,
        `
async function counter(ids: string[]) {
  let count = 0;
  const users = await Promise.all(ids.map((id) => getUser(id)));
  let index = 0;
  for (const id of ids) {
    const user = users[index++]!;
    count++;
    show(user, count);
  }
}`,
      ),
    ],
  },
  {
    ...javascript,
    code: `
export async function readAll(dir, names) {
  const files = [];
  for (const name of names.filter(n => n.endsWith('.json'))) {
    files.push(JSON.parse(await readFile(\`\${dir}/\${name}\`, 'utf8')));
  }
  return files;
}`,
    errors: [
      loop(
        4,
        3,
        `readFile(…)`,
        `
export async function readAll(dir, names) {
  const files = await Promise.all(Array.from(names.filter(n => n.endsWith('.json')), async (name) => JSON.parse(await readFile(\`\${dir}/\${name}\`, 'utf8'))));
  return files;
}`,
      ),
    ],
  },
  {
    ...javascript,
    code: `
export async function statuses(urls) {
  for (const url of urls) {
    const response = await fetch(url, { method: 'HEAD' });
    console.log(url, response.status);
  }
}`,
    errors: [
      loop(
        3,
        3,
        `fetch(…)`,
        `
export async function statuses(urls) {
  const responses = await Promise.all(Array.from(urls, (url) => fetch(url, { method: 'HEAD' })));
  let index = 0;
  for (const url of urls) {
    const response = responses[index++];
    console.log(url, response.status);
  }
}`,
      ),
    ],
  },
  {
    ...javascript,
    code: `
export async function load(ids) {
  const users = [];
  for (const id of ids) {
    const user = await db.user.findUnique({ where: { id } });
    if (user) users.push(user);
  }
  return users;
}`,
    errors: [
      loop(
        4,
        3,
        `db.user.findUnique(…)`,
        `
export async function load(ids) {
  const users = [];
  const users2 = await Promise.all(Array.from(ids, (id) => db.user.findUnique({ where: { id } })));
  let index = 0;
  for (const id of ids) {
    const user = users2[index++];
    if (user) users.push(user);
  }
  return users;
}`,
      ),
    ],
  },
  {
    ...jsx,
    code: `
export async function Rows({ ids }) {
  for (const id of ids) {
    const row = await getRow(id);
    console.log(<Row row={row} />);
  }
}`,
    errors: [
      loop(
        3,
        3,
        `getRow(…)`,
        `
export async function Rows({ ids }) {
  const rows = await Promise.all(Array.from(ids, (id) => getRow(id)));
  let index = 0;
  for (const id of ids) {
    const row = rows[index++];
    console.log(<Row row={row} />);
  }
}`,
      ),
    ],
  },
  {
    ...tsx,
    code: `
export async function Rows({ ids }: { ids: string[] }) {
  const rows = [];
  for (const id of ids) {
    rows.push({ id, row: await getRow(id) });
  }
  return <Table rows={rows} />;
}`,
    errors: [
      loop(
        4,
        3,
        `getRow(…)`,
        `
export async function Rows({ ids }: { ids: string[] }) {
  const rows = await Promise.all(Array.from(ids, async (id) => ({ id, row: await getRow(id) })));
  return <Table rows={rows} />;
}`,
      ),
    ],
  },
  {
    ...tsx,
    code: `
export async function Rows({ ids }: { ids: string[] }) {
  for (let i = 0; i < ids.length; i++) {
    const row = await getRow(ids[i]);
    draw(<Row key={i} row={row} />);
  }
  return null;
}`,
    errors: [
      loop(
        3,
        3,
        `getRow(…)`,
        `
export async function Rows({ ids }: { ids: string[] }) {
  const rows = await Promise.all(Array.from({ length: ids.length }, (_item, i) => getRow(ids[i])));
  for (let i = 0; i < ids.length; i++) {
    const row = rows[i]!;
    draw(<Row key={i} row={row} />);
  }
  return null;
}`,
      ),
    ],
  },
  {
    code: `
async function load(regions: string[]) {
  const quotas = [];
  for (const region of regions) {
    const { data } = await api.get(\`/quotas/\${region}\`);
    quotas.push(data);
  }
  return quotas;
}`,
    errors: [
      loop(
        4,
        3,
        `api.get(…)`,
        `
async function load(regions: string[]) {
  const quotas = await Promise.all(regions.map(async (region) => {
    const { data } = await api.get(\`/quotas/\${region}\`);
    return data;
  }));
  return quotas;
}`,
      ),
    ],
  },
  {
    code: `
async function load(ids: string[]) {
  const users = [];
  for (const id of ids) {
    const user = (await getUser(id)) as Admin;
    users.push(user);
  }
  return users;
}`,
    errors: [
      loop(
        4,
        3,
        `getUser(…)`,
        `
async function load(ids: string[]) {
  const users = await Promise.all(ids.map(async (id) => {
    const user = (await getUser(id)) as Admin;
    return user;
  }));
  return users;
}`,
      ),
    ],
  },
  {
    code: `
async function load(ids: string[]) {
  const users = [];
  for (const id of ids) {
    users.push(await getUser(id) satisfies User);
  }
  return users;
}`,
    errors: [
      loop(
        4,
        3,
        `getUser(…)`,
        `
async function load(ids: string[]) {
  const users = await Promise.all(ids.map(async (id) => await getUser(id) satisfies User));
  return users;
}`,
      ),
    ],
  },
  {
    code: `
async function load(ids: string[]) {
  for (const id of ids) {
    const user = await getUser(id);
    const greeting = \`Hello \${user.name}\`;
    output.push(greeting);
  }
}`,
    errors: [
      loop(
        3,
        3,
        `getUser(…)`,
        `
async function load(ids: string[]) {
  const users = await Promise.all(ids.map((id) => getUser(id)));
  let index = 0;
  for (const id of ids) {
    const user = users[index++]!;
    const greeting = \`Hello \${user.name}\`;
    output.push(greeting);
  }
}`,
      ),
    ],
  },
  {
    code: `
async function load(ids: string[]) {
  for (const id of ids) {
    const [user, posts] = await Promise.resolve([id, id]).then(() => loadPair(id));
    display(user, posts);
  }
}`,
    errors: [
      loop(
        3,
        3,
        `Promise.resolve(…)`,
        `
async function load(ids: string[]) {
  const iterations = await Promise.all(ids.map((id) => Promise.resolve([id, id]).then(() => loadPair(id))));
  let index = 0;
  for (const id of ids) {
    const [user, posts] = iterations[index++]!;
    display(user, posts);
  }
}`,
      ),
    ],
  },
  {
    code: `
async function load(items: Item[]) {
  for (const { id, kind } of items) {
    switch (kind) {
      case 'user':
        show(await getUser(id));
        break;
      default:
        show(await getOther(id));
    }
  }
}`,
    errors: [loop(3, 3, `getUser(…)`)],
  },
  {
    code: `
async function load(ids: string[]) {
  const users = [];
  for (const id of ids) {
    users.push(await getUser(id, { signal: AbortSignal.timeout(5000) }));
  }
  return users;
}`,
    errors: [
      loop(
        4,
        3,
        `getUser(…)`,
        `
async function load(ids: string[]) {
  const users = await Promise.all(ids.map((id) => getUser(id, { signal: AbortSignal.timeout(5000) })));
  return users;
}`,
      ),
    ],
  },
  {
    code: `
async function readAll(files: File[]) {
  const texts = [];
  for (const file of files) {
    texts.push(await file.text());
  }
  return texts;
}`,
    errors: [
      loop(
        4,
        3,
        `file.text(…)`,
        `
async function readAll(files: File[]) {
  const texts = await Promise.all(files.map((file) => file.text()));
  return texts;
}`,
      ),
    ],
  },
  {
    ...javascript,
    code: `
class Labels {
  async execute() {
    const names = [];
    const labelIds = this.getNodeParameter('labelIds', 0);
    for (const id of labelIds) {
      const label = await this.helpers.requestWithAuthentication.call(this, 'todoistApi', { uri: \`https://api.todoist.com/rest/v2/labels/\${id}\`, json: true });
      names.push(label.name);
    }
    return names;
  }
}`,
    errors: [
      loop(
        6,
        5,
        `this.helpers.requestWithAuthentication(…)`,
        `
class Labels {
  async execute() {
    const names = [];
    const labelIds = this.getNodeParameter('labelIds', 0);
    const labels = await Promise.all(Array.from(labelIds, (id) => this.helpers.requestWithAuthentication.call(this, 'todoistApi', { uri: \`https://api.todoist.com/rest/v2/labels/\${id}\`, json: true })));
    let index = 0;
    for (const id of labelIds) {
      const label = labels[index++];
      names.push(label.name);
    }
    return names;
  }
}`,
      ),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Not reported: writes, stops, cursors and accumulators, pacing, batches, transactions, one
// connection or page, prompts, generators, work that does not use the item or takes no time
// ---------------------------------------------------------------------------------------------
const valid: (ValidLoop | string)[] = [
  // a parameter only named fetch may be any step its caller passes
  `
type Step = (id: string) => Promise<string>;

// a generic runner: the caller decides what each step does
export async function runEach(ids: string[], fetch: Step) {
  const results: string[] = [];
  for (const id of ids) {
    const r = await fetch(id);
    results.push(r);
  }
  return results;
}`,
  // each preview saves a draft first: a write per item
  `
import { drafts } from './drafts-service';
import { settings } from './settings-service';

let lastSave: Promise<unknown> | null = null;

function storeDraft(doc: { id: string; body: string }) {
  return (lastSave = drafts.saveDraft(doc));
}

async function previewOf(doc: { id: string; body: string }) {
  await storeDraft(doc);
  return drafts.getPreview(doc.id);
}

export async function previewOfAll(docs: { id: string; body: string }[]) {
  const previews = [];
  for (const doc of docs) {
    const preview = await previewOf(doc);
    previews.push(preview);
  }
  return previews;
}`,
  // a download into a file writes that file, one per iteration
  `
import * as FileSystem from 'expo-file-system';
export async function downloadAll(images: { key: string; url: string }[], dir: string) {
  const uris: Record<string, string> = {};
  for (const image of images) {
    const result = await FileSystem.downloadAsync(image.url, \`\${dir}\${image.key}.jpg\`);
    uris[image.key] = result.uri;
  }
  return uris;
}`,
  // a read-modify-write of one document in a continuation: the iterations must not overlap
  `
import mongoose from 'mongoose';
const Counter = mongoose.model('Counter', new mongoose.Schema({ name: String, value: Number }));

// each item bumps the same counter document through the continuation
export async function bumpAll(names: string[]) {
  const results = [];
  for (const name of names) {
    const saved = await Counter.findOne({ name: 'total' }).then(doc => {
      doc.value += name.length;
      return doc.save();
    });
    results.push(saved);
  }
  return results;
}`,
  // a write handed to a wrapper (await-to-js) still happens: one invoice after another
  `
import to from 'await-to-js';
import { createInvoice } from '@acme/billing-client';

async function invoiceFor(customerId: string) {
  const [error, invoice] = await to(createInvoice({ customerId }));
  if (error) return null;
  return invoice;
}

export async function monthlyRun(customerIds: string[]) {
  const invoices = [];
  for (const id of customerIds) {
    const invoice = await invoiceFor(id);
    invoices.push(invoice);
  }
  return invoices;
}`,
  // the recursive call changes the shared config it receives in its options object: one block's
  // pass reads what the previous one wrote
  `
async function sanitize({ config, fields }: { config: { seen: number }; fields: Field[] }) {
  for (const block of fields) {
    block.fields = await sanitize({ config, fields: block.fields });
  }
  config.seen += 1;
  return fields;
}`,
  // the helper's collection is its own variable, but its query runs in the session it is given
  `
export class Repo {
  constructor(db, session) {
    this.db = db;
    this.session = session;
  }
  async findItem(id) {
    const items = this.db.collection('items');
    return items.findOne({ _id: id }, { session: this.session });
  }
  async findAll(ids) {
    const found = [];
    for (const id of ids) found.push(await this.findItem(id));
    return found;
  }
}`,
  `
async function save(users: User[]) {
  for (const user of users) {
    await db.user.update({ where: { id: user.id }, data: user });
  }
}`,
  `
async function notify(users: User[]) {
  const receipts = [];
  for (const user of users) {
    receipts.push(await sendEmail(user.email));
  }
  return receipts;
}`,
  `
async function process(items: Item[]) {
  for (const item of items) {
    await handle(item);
  }
}`,
  `
async function find(ids: string[]) {
  for (const id of ids) {
    const user = await getUser(id);
    if (user.admin) return user;
  }
  return null;
}`,
  `
async function firstReachable(urls: string[]) {
  for (const url of urls) {
    const response = await fetch(url);
    if (response.ok) break;
  }
}`,
  `
async function check(ids: string[]) {
  for (const id of ids) {
    const user = await getUser(id);
    if (!user) throw new Error(\`missing \${id}\`);
  }
}`,
  `
async function all() {
  let cursor: string | undefined;
  const items = [];
  for (const page of [1, 2, 3]) {
    const result = await listItems({ cursor, page });
    cursor = result.next;
    items.push(...result.items);
  }
  return items;
}`,
  `
async function crawl(urls: string[]) {
  const seen = new Set<string>();
  for (const url of urls) {
    if (seen.has(url)) continue;
    seen.add(url);
    const page = await fetchPage(url);
    index(page);
  }
}`,
  `
async function total(items: Item[]) {
  let sum = 0;
  for (const item of items) {
    sum += await priceOf(item, sum);
  }
  return sum;
}`,
  `
class Loader {
  async loadAll(ids: string[]) {
    for (const id of ids) {
      this.last = await getUser(id);
    }
  }
}`,
  `
async function grow(queue: string[]) {
  for (const url of queue) {
    const page = await fetchPage(url);
    queue.push(...page.links);
  }
}`,
  `
async function lines(stream) {
  for await (const line of stream) {
    const parsed = await parseLine(line);
    emit(parsed);
  }
}`,
  `
async function poll(ids: string[]) {
  for (const id of ids) {
    const status = await getStatus(id);
    report(status);
    await sleep(1000);
  }
}`,
  `
async function batches(chunks: string[][]) {
  const results = [];
  for (const chunk of chunks) {
    results.push(await Promise.all(chunk.map(id => getUser(id))));
  }
  return results;
}`,
  `
async function transfer(ids: string[]) {
  await prisma.$transaction(async tx => {
    for (const id of ids) {
      const account = await tx.account.findUnique({ where: { id } });
      audit(account);
    }
  });
}`,
  `
async function report(pool, ids) {
  const client = await pool.connect();
  for (const id of ids) {
    const { rows } = await client.query('SELECT * FROM users WHERE id = $1', [id]);
    show(rows);
  }
  client.release();
}`,
  `
import { test } from '@playwright/test';

test('labels', async ({ page }) => {
  const texts = [];
  for (const selector of ['#a', '#b']) {
    texts.push(await page.locator(selector).textContent());
  }
  return texts;
});`,
  `
import { input } from '@inquirer/prompts';

async function ask(questions: string[]) {
  const answers = [];
  for (const question of questions) {
    answers.push(await input({ message: question }));
  }
  return answers;
}`,
  `
async function fromGenerator() {
  for (const id of idsFrom(source)) {
    const user = await getUser(id);
    show(user);
  }
}`,
  `
async function head(ids: string[]) {
  for (const id of await listIds()) {
    show(id);
  }
}`,
  `
async function ping(targets: string[]) {
  const results = [];
  for (const target of targets) {
    results.push(await healthCheck());
  }
  return results;
}`,
  `
async function plugins(names: string[]) {
  const loaded = [];
  for (const name of names) {
    loaded.push(await import(name));
  }
  return loaded;
}`,
  `
async function retry(attempts: number[]) {
  for (const attempt of attempts) {
    try {
      return await callApi(attempt);
    } catch {
      continue;
    }
  }
}`,
  `
async function whileLoop(ids: string[]) {
  let i = 0;
  while (i < ids.length) {
    const user = await getUser(ids[i]);
    show(user);
    i++;
  }
}`,
  `
async function steps(migrations: Migration[]) {
  for (const migration of migrations) {
    await migration.up();
  }
}`,
  {
    ...javascript,
    code: `
async function save(users) {
  for (const user of users) {
    const saved = await db.user.create({ data: user });
    log(saved);
  }
}`,
  },
  {
    ...javascript,
    code: `
async function pages(client) {
  let token;
  const items = [];
  for (const _ of Array.from({ length: 5 })) {
    const page = await client.list({ token });
    items.push(...page.items);
    token = page.next;
  }
  return items;
}`,
  },
  {
    ...jsx,
    code: `
export async function List({ ids }) {
  for (const id of ids) {
    const user = await getUser(id);
    if (user) return <User user={user} />;
  }
  return null;
}`,
  },
  {
    ...tsx,
    code: `
export async function List({ ids }: { ids: string[] }) {
  for (const id of ids) {
    await prefetch(id);
  }
  return <ul />;
}`,
  },
  `
async function deduplicate(urls: string[]) {
  const fetched = new Map<string, Response>();
  for (const url of urls) {
    if (fetched.has(url)) continue;
    fetched.set(url, await fetch(url));
  }
  return fetched;
}`,
  `
async function budget(prompts: string[]) {
  let used = 0;
  for (const prompt of prompts) {
    const answer = await complete(prompt, { maxTokens: LIMIT - used });
    used += answer.tokens;
  }
}`,
  `
async function chain(steps: Step[]) {
  let input = initial;
  for (const step of steps) {
    input = await step.run(input);
  }
  return input;
}`,
  `
async function feed(ids: string[]) {
  for (const id of ids) {
    const user = await getUser(id);
    ids.push(...user.friends);
  }
}`,
  `
async function rateLimited(ids: string[]) {
  for (const id of ids) {
    const user = await getUser(id);
    show(user);
    await delay(200);
  }
}`,
  `
async function throttled(ids: string[]) {
  for (const id of ids) {
    await limiter.removeTokens(1);
    const user = await getUser(id);
    show(user);
  }
}`,
  `
async function queue(jobs: Job[]) {
  for (const job of jobs) {
    const next = await queue.next();
    handle(job, next);
  }
}`,
  `
async function lock(ids: string[]) {
  await mutex.acquire();
  for (const id of ids) {
    const user = await getUser(id);
    show(user);
  }
  mutex.release();
}`,
  `
async function knexTransaction(knex, ids) {
  await knex.transaction(async trx => {
    for (const id of ids) {
      const row = await trx('users').where({ id }).first();
      show(row);
    }
  });
}`,
  `
async function mongoSession(ids, session) {
  for (const id of ids) {
    const doc = await User.findById(id).session(session);
    show(doc);
  }
}`,
  `
async function dependent(ids: string[]) {
  let previous: User | null = null;
  for (const id of ids) {
    const user = await getUser(id, previous?.id);
    previous = user;
  }
}`,
  `
class Sync {
  async run(ids: string[]) {
    for (const id of ids) {
      const user = await getUser(id);
      this.count += 1;
      show(user);
    }
  }
}`,
  `
async function search(terms: string[]) {
  for (const term of terms) {
    const hits = await index.search(term);
    if (hits.length > 0) {
      found(hits);
      break;
    }
  }
}`,
  `
async function noItem(ids: string[]) {
  const results = [];
  for (const id of ids) {
    results.push(await getConfig());
  }
  return results;
}`,
  `
async function awaited(promises: Promise<User>[]) {
  const users = [];
  for (const promise of promises) {
    users.push(await promise);
  }
  return users;
}`,
  `
async function deleteAll(ids: string[]) {
  for (const id of ids) {
    const deleted = await db.user.delete({ where: { id } });
    log(deleted);
  }
}`,
  `
async function validateAll(forms: Form[]) {
  for (const form of forms) {
    const result = await validateForm(form);
    show(result);
  }
}`,
  `
async function readLines(reader) {
  for (const _ of range(10)) {
    const line = await reader.readLine();
    show(line);
  }
}`,
  `
async function generated() {
  for (const id of makeIds()) {
    const user = await getUser(id);
    show(user);
  }
}`,
  {
    ...javascript,
    code: `
export async function upload(files) {
  for (const file of files) {
    const result = await s3.upload({ Bucket: 'b', Key: file.name, Body: file });
    log(result);
  }
}`,
  },
  {
    ...javascript,
    code: `
export async function sequence(steps) {
  const results = [];
  for (const step of steps) {
    results.push(await step(results));
  }
  return results;
}`,
  },
  {
    ...jsx,
    code: `
export async function Wizard({ steps }) {
  for (const step of steps) {
    const answer = await prompt(step.question);
    if (!answer) return <Cancelled />;
  }
  return <Done />;
}`,
  },
  {
    ...tsx,
    code: `
export async function Search({ terms }: { terms: string[] }) {
  for (const term of terms) {
    const hits = await search(term);
    if (hits.length) return <Results hits={hits} />;
  }
  return <Empty />;
}`,
  },
  `
async function emails(users: User[]) {
  for (const user of users) {
    const sent = await mailer.sendMail({ to: user.email });
    record(sent);
  }
}`,
  `
async function sql(pool, ids) {
  await pool.query('BEGIN');
  for (const id of ids) {
    const { rows } = await pool.query('SELECT * FROM accounts WHERE id = $1 FOR UPDATE', [id]);
    lock(rows);
  }
  await pool.query('COMMIT');
}`,
  `
async function inOrder(files: string[]) {
  let content = '';
  for (const file of files) {
    content += await readFile(file, 'utf8');
  }
  return content;
}`,
  `
async function fixedDelay(ids: string[]) {
  for (const id of ids) {
    const user = await getUser(id);
    show(user);
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}`,
  `
async function labelledBreak(groups: string[][]) {
  outer: for (const group of groups) {
    for (const id of group) {
      const user = await getUser(id);
      if (user.banned) break outer;
    }
  }
}`,
  `
async function errorsStop(ids: string[]) {
  for (const id of ids) {
    const response = await fetch(\`/users/\${id}\`);
    if (!response.ok) throw new Error(response.statusText);
  }
}`,
  `
async function yielding(ids: string[]) {
  const result = [];
  for (const id of ids) {
    result.push(await getUser(id));
    if (result.length >= 10) break;
  }
  return result;
}`,
  `
async function runHooks(hooks: Hook[], config: Config, item: Item) {
  let result = item;
  for (const hook of hooks) {
    result = (await hook(config, item)) || result;
  }
  return result;
}`,
  `
async function middlewareChain(handlers: Record<string, Handler>, request: Request) {
  const responses = [];
  for (const [name, handler] of Object.entries(handlers)) {
    responses.push(await handler(request));
  }
  return responses;
}`,
  `
async function runSerial<T, R>(items: T[], callback: (item: T) => Promise<R>) {
  const results: R[] = [];
  for (const item of items) {
    results.push(await callback(item));
  }
  return results;
}`,
  `
async function renderAll(pages: Page[]) {
  for (const page of pages) {
    page.html = await render(page);
  }
}`,
  `
async function loadSome(ids: string[]) {
  const users: User[] = [];
  try {
    for (const id of ids) {
      users.push(await getUser(id));
    }
  } catch (error) {
    console.warn('stopped early', error);
  }
  return users;
}`,
  `
async function withSettings(ids: string[]) {
  const users = [];
  for (const id of ids) {
    const settings = await getSettings();
    users.push(await getUser(id, settings));
  }
  return users;
}`,
  {
    ...javascript,
    code: `
class Attachments {
  async execute() {
    const out = {};
    for (const name of this.getNodeParameter('properties', 0).split(',')) {
      const buffer = await this.helpers.getBinaryDataBuffer(0, name);
      out[name] = buffer.toString('base64');
    }
    return out;
  }
}`,
  },
  `
async function readFields(req: Request, res: Response, next: () => void) {
  const fields: Field[] = [];
  try {
    for (const key of req.body.keys) {
      fields.push(await fieldsService.readOne(key));
      res.locals.payload = fields;
    }
  } catch (error) {
    if (error instanceof ForbiddenError) return next();
    throw error;
  }
  return next();
}`,
  `
class Emitter {
  async emitInOrder(type: string, ...args: unknown[]) {
    const results = [];
    const listeners = this.listeners(type);
    for (const listener of listeners) {
      results.push(await listener.apply(this, args));
    }
    return results;
  }
}`,
];

const invalid = [...forms, ...shapes];

ruleTester.run('no-sequential-loop-await', rule, { valid, invalid });

expectSuggestionsToSettle(invalid, 'no-sequential-loop-await');
expectSuggestionsToExecute(
  invalid,
  new Map([
    ['Object.entries(limits)', 'Object.entries of a stub has no entries, so the loop as written runs no iteration'],
    ['JSON.parse(await readFile', "a stub's text is not JSON"],
    ['tls.connect({ host, port: 443', 'a stub connection never calls its callback, so the promise as written never settles'],
  ]),
);
