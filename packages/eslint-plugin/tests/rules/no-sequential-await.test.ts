import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../src/rules/no-sequential-await.js';
import { group, javascript, jsx, tsx, type Invalid, type Valid } from './cases.js';
import { expectSuggestionsToExecute } from './execute.js';
import { expectSuggestionsToSettle } from './settle.js';

const ruleTester = new RuleTester();

/** A file beside the modules of `fixtures/imports`, which its relative imports reach on disk. */
const inFixtureProject = { filename: path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/imports/route.ts') } as const;

// ---------------------------------------------------------------------------------------------
// Reported: declarations
// ---------------------------------------------------------------------------------------------
const declarations: Invalid[] = [
  {
    code: `
async function load(id) {
  const user = await getUser(id);
  const posts = await getPosts(id);
  return { user, posts };
}`,
    errors: [
      group(
        2,
        3,
        16,
        `
async function load(id) {
  const [user, posts] = await Promise.all([getUser(id), getPosts(id)]);
  return { user, posts };
}`,
      ),
    ],
  },
  {
    ...javascript,
    code: `
async function load(id) {
  const user = await api.getUser(id);
  const posts = await api.getPosts(id);
  const settings = await api.getSettings(id);
  return { user, posts, settings };
}`,
    errors: [
      group(
        3,
        3,
        16,
        `
async function load(id) {
  const [user, posts, settings] = await Promise.all([
    api.getUser(id),
    api.getPosts(id),
    api.getSettings(id),
  ]);
  return { user, posts, settings };
}`,
      ),
    ],
  },
  {
    code: `
async function load() {
  let a = await fetchA();
  let b = await fetchB();
  a += b;
  return a;
}`,
    errors: [
      group(
        2,
        3,
        11,
        `
async function load() {
  let [a, b] = await Promise.all([fetchA(), fetchB()]);
  a += b;
  return a;
}`,
      ),
    ],
  },
  {
    ...javascript,
    code: `
async function load() {
  var a = await fetchA();
  var b = await fetchB();
  return a + b;
}`,
    errors: [
      group(
        2,
        3,
        11,
        `
async function load() {
  var [a, b] = await Promise.all([fetchA(), fetchB()]);
  return a + b;
}`,
      ),
    ],
  },
  {
    code: `
async function load() {
  const { data: user } = await getUser();
  const [first, ...rest] = await getPosts();
  return { user, first, rest };
}`,
    errors: [
      group(
        2,
        3,
        26,
        `
async function load() {
  const [{ data: user }, [first, ...rest]] = await Promise.all([
    getUser(),
    getPosts(),
  ]);
  return { user, first, rest };
}`,
      ),
    ],
  },
  {
    code: `
async function load() {
  const { a = 1, b: { c } } = await getA();
  const d = await getD();
  return a + c + d;
}`,
    errors: [
      group(
        2,
        3,
        31,
        `
async function load() {
  const [{ a = 1, b: { c } }, d] = await Promise.all([getA(), getD()]);
  return a + c + d;
}`,
      ),
    ],
  },
  {
    code: `
async function load() {
  const a = await fetchA(), b = await fetchB();
  return [a, b];
}`,
    errors: [
      group(
        2,
        3,
        13,
        `
async function load() {
  const [a, b] = await Promise.all([fetchA(), fetchB()]);
  return [a, b];
}`,
      ),
    ],
  },
  {
    code: `
const config = await readConfig();
const secrets = await readSecrets();
export { config, secrets };`,
    errors: [
      group(
        2,
        2,
        16,
        `
const [config, secrets] = await Promise.all([readConfig(), readSecrets()]);
export { config, secrets };`,
      ),
    ],
  },
  {
    code: `
export const config = await readConfig();
export const secrets = await readSecrets();`,
    errors: [
      group(
        2,
        2,
        23,
        `
export const [config, secrets] = await Promise.all([
  readConfig(),
  readSecrets(),
]);`,
      ),
    ],
  },
  {
    code: `
async function load() {
  const a = await new Loader('a');
  const b = await new Loader('b');
  return [a, b];
}`,
    errors: [
      group(
        2,
        3,
        13,
        `
async function load() {
  const [a, b] = await Promise.all([new Loader('a'), new Loader('b')]);
  return [a, b];
}`,
      ),
    ],
  },
  {
    code: `
async function load() {
  const users = await sql\`select * from users\`;
  const posts = await sql\`select * from posts\`;
  return { users, posts };
}`,
    errors: [
      group(
        2,
        3,
        17,
        `
async function load() {
  const [users, posts] = await Promise.all([
    sql\`select * from users\`,
    sql\`select * from posts\`,
  ]);
  return { users, posts };
}`,
      ),
    ],
  },
  {
    code: `
async function load() {
  const a = await getA().then(toA);
  const b = await getB()?.catch(ignore);
  return [a, b];
}`,
    errors: [
      group(
        2,
        3,
        13,
        `
async function load() {
  const [a, b] = await Promise.all([getA().then(toA), getB()?.catch(ignore)]);
  return [a, b];
}`,
      ),
    ],
  },
  {
    code: `
async function load() {
  const a = await getA();
  const b = await getB();
  const c = await getC(a);
  return [b, c];
}`,
    errors: [
      group(
        2,
        3,
        13,
        `
async function load() {
  const [a, b] = await Promise.all([getA(), getB()]);
  const c = await getC(a);
  return [b, c];
}`,
      ),
    ],
  },
  {
    code: `
async function load() {
  const a = await getA();
  const b = await getB(a);
  const c = await getC();
  return [b, c];
}`,
    errors: [
      group(
        2,
        4,
        13,
        `
async function load() {
  const a = await getA();
  const [b, c] = await Promise.all([getB(a), getC()]);
  return [b, c];
}`,
      ),
    ],
  },
  {
    code: `
async function load() {
  const a = await getA();
  const b = await getB();
  const c = await getC(a);
  const d = await getD();
  return [b, c, d];
}`,
    errors: [
      group(
        2,
        3,
        13,
        `
async function load() {
  const [a, b] = await Promise.all([getA(), getB()]);
  const c = await getC(a);
  const d = await getD();
  return [b, c, d];
}`,
      ),
      group(
        2,
        5,
        13,
        `
async function load() {
  const a = await getA();
  const b = await getB();
  const [c, d] = await Promise.all([getC(a), getD()]);
  return [b, c, d];
}`,
      ),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Reported: TypeScript annotations and declaration kinds
// ---------------------------------------------------------------------------------------------
const typescript: Invalid[] = [
  {
    code: `
async function load(id: string): Promise<Page> {
  const user: User = await getUser(id);
  const posts: Post[] = await getPosts(id);
  return { user, posts };
}`,
    errors: [
      group(
        2,
        3,
        22,
        `
async function load(id: string): Promise<Page> {
  const [user, posts]: [User, Post[]] = await Promise.all([
    getUser(id),
    getPosts(id),
  ]);
  return { user, posts };
}`,
      ),
    ],
  },
  {
    code: `
async function load() {
  const { data }: { data: Item[] } = await getItems();
  const count: number | undefined = await getCount();
  return { data, count };
}`,
    errors: [
      group(
        2,
        3,
        38,
        `
async function load() {
  const [{ data }, count]: [{ data: Item[] }, number | undefined] = await Promise.all([
    getItems(),
    getCount(),
  ]);
  return { data, count };
}`,
      ),
    ],
  },
  {
    code: `
async function load() {
  const user: User = await getUser();
  const posts = await getPosts();
  return { user, posts };
}`,
    errors: [
      group(
        2,
        3,
        22,
        `
async function load() {
  const [user2, posts] = await Promise.all([getUser(), getPosts()]);
  const user: User = user2;
  return { user, posts };
}`,
      ),
    ],
  },
  {
    code: `
async function load() {
  const a = await fetchA();
  let b = await fetchB();
  b += a;
  return b;
}`,
    errors: [
      group(
        2,
        3,
        13,
        `
async function load() {
  const [a, b2] = await Promise.all([fetchA(), fetchB()]);
  let b = b2;
  b += a;
  return b;
}`,
      ),
    ],
  },
  {
    code: `
async function load() {
  const user = await getUser<User>();
  const posts = await getPosts() as Post[];
  return { user, posts };
}`,
    errors: [
      group(
        2,
        3,
        16,
        `
async function load() {
  const [user, posts2] = await Promise.all([getUser<User>(), getPosts()]);
  const posts = posts2 as Post[];
  return { user, posts };
}`,
      ),
    ],
  },
  {
    code: `
async function load() {
  const user = await getUser()!;
  const posts = await getPosts();
  return { user, posts };
}`,
    errors: [
      group(
        2,
        3,
        16,
        `
async function load() {
  const [user, posts] = await Promise.all([getUser()!, getPosts()]);
  return { user, posts };
}`,
      ),
    ],
  },
  {
    code: `
type Row = { id: string };
async function load() {
  const User = await loadUserModel();
  const rows: User[] = await getRows();
  return [User, rows];
}`,
    errors: [
      group(
        2,
        4,
        16,
        `
type Row = { id: string };
async function load() {
  const [User, rows2] = await Promise.all([loadUserModel(), getRows()]);
  const rows: User[] = rows2;
  return [User, rows];
}`,
      ),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Reported: awaits nested in one expression, assignments, return
// ---------------------------------------------------------------------------------------------
const nested: Invalid[] = [
  {
    // a switch's discriminant reads what the declaration before it declares: it stays after it
    // (its reads are filed in the scope around the switch, and were missed)
    code: `async function orderState(id: string) {
  const account = await fetchAccount(id), user = await fetchUser(id);
  switch (await fetchOrder(user)) {
    case 'open':
      return account;
  }
}`,
    errors: [
      group(
        2,
        2,
        19,
        `async function orderState(id: string) {
  const [account, user] = await Promise.all([fetchAccount(id), fetchUser(id)]);
  switch (await fetchOrder(user)) {
    case 'open':
      return account;
  }
}`,
      ),
    ],
  },
  {
    code: `
async function page() {
  return { user: await getUser(), posts: await getPosts() };
}`,
    errors: [
      group(
        2,
        3,
        18,
        `
async function page() {
  const [user, posts] = await Promise.all([getUser(), getPosts()]);
  return { user, posts };
}`,
      ),
    ],
  },
  {
    ...javascript,
    code: `
async function page() {
  const view = { user: await getUser(), posts: await getPosts(), title: 'Home' };
  return view;
}`,
    errors: [
      group(
        2,
        3,
        24,
        `
async function page() {
  const [user, posts] = await Promise.all([getUser(), getPosts()]);
  const view = { user, posts, title: 'Home' };
  return view;
}`,
      ),
    ],
  },
  {
    code: `
async function page() {
  render(await getUser(), await getPosts());
}`,
    errors: [
      group(
        2,
        3,
        10,
        `
async function page() {
  const [user, posts] = await Promise.all([getUser(), getPosts()]);
  render(user, posts);
}`,
      ),
    ],
  },
  {
    code: `
async function total() {
  return (await countA()) + (await countB());
}`,
    errors: [
      group(
        2,
        3,
        11,
        `
async function total() {
  const [countAResult, countBResult] = await Promise.all([countA(), countB()]);
  return countAResult + countBResult;
}`,
      ),
    ],
  },
  {
    code: `
async function label() {
  return \`\${await getFirst()} \${await getLast()}\`;
}`,
    errors: [
      group(
        2,
        3,
        13,
        `
async function label() {
  const [first, last] = await Promise.all([getFirst(), getLast()]);
  return \`\${first} \${last}\`;
}`,
      ),
    ],
  },
  {
    code: `
async function pair() {
  const both = [await getLeft(), await getRight()];
  return both;
}`,
    errors: [
      group(
        2,
        3,
        17,
        `
async function pair() {
  const [left, right] = await Promise.all([getLeft(), getRight()]);
  const both = [left, right];
  return both;
}`,
      ),
    ],
  },
  {
    code: `
async function make() {
  return new Report(await getSales(), await getCosts());
}`,
    errors: [
      group(
        2,
        3,
        21,
        `
async function make() {
  const [sales, costs] = await Promise.all([getSales(), getCosts()]);
  return new Report(sales, costs);
}`,
      ),
    ],
  },
  {
    code: `
async function names() {
  const first = (await getUser()).name;
  const count = (await getPosts()).length;
  return { first, count };
}`,
    errors: [
      group(
        2,
        3,
        18,
        `
async function names() {
  const [user, posts] = await Promise.all([getUser(), getPosts()]);
  const first = user.name;
  const count = posts.length;
  return { first, count };
}`,
      ),
    ],
  },
  {
    code: `
async function load() {
  const user = await getUser();
  return { user, posts: await getPosts() };
}`,
    errors: [
      group(
        2,
        3,
        16,
        `
async function load() {
  const [user, posts] = await Promise.all([getUser(), getPosts()]);
  return { user, posts };
}`,
      ),
    ],
  },
  {
    code: `
async function load() {
  const user = await getUser();
  const posts = await getPosts();
  return { user, posts, extra: await getExtra() };
}`,
    errors: [
      group(
        3,
        3,
        16,
        `
async function load() {
  const [user, posts, extra] = await Promise.all([
    getUser(),
    getPosts(),
    getExtra(),
  ]);
  return { user, posts, extra };
}`,
      ),
    ],
  },
  {
    code: `
class Store {
  async load() {
    this.user = await this.api.getUser();
    this.posts = await this.api.getPosts();
  }
}`,
    errors: [
      group(
        2,
        4,
        17,
        `
class Store {
  async load() {
    [this.user, this.posts] = await Promise.all([
      this.api.getUser(),
      this.api.getPosts(),
    ]);
  }
}`,
      ),
    ],
  },
  {
    code: `
async function load() {
  let a, b;
  a = await getA();
  b = await getB();
  return a + b;
}`,
    errors: [
      group(
        2,
        4,
        7,
        `
async function load() {
  let a, b;
  [a, b] = await Promise.all([getA(), getB()]);
  return a + b;
}`,
      ),
    ],
  },
  {
    ...javascript,
    code: `
async function load(state) {
  state.done = false
  state.a = await getA()
  state.b = await getB()
}`,
    errors: [
      group(
        2,
        4,
        13,
        `
async function load(state) {
  state.done = false
  ;[state.a, state.b] = await Promise.all([getA(), getB()])
}`,
      ),
    ],
  },
  {
    code: `
async function load(cache: Cache) {
  const user = await getUser();
  cache.posts = await getPosts();
  return user;
}`,
    errors: [
      group(
        2,
        3,
        16,
        `
async function load(cache: Cache) {
  const [user, posts] = await Promise.all([getUser(), getPosts()]);
  cache.posts = posts;
  return user;
}`,
      ),
    ],
  },
  {
    code: `
async function log() {
  console.log(await getA(), await getB());
  const c = await getC();
  return c;
}`,
    errors: [
      group(
        2,
        3,
        15,
        `
async function log() {
  const [a, b] = await Promise.all([getA(), getB()]);
  console.log(a, b);
  const c = await getC();
  return c;
}`,
      ),
    ],
  },
  {
    code: `
const handler = async (id: string) => ({ user: await getUser(id), posts: await getPosts(id) });`,
    errors: [
      group(
        2,
        2,
        48,
        `
const handler = async (id: string) => {
  const [user, posts] = await Promise.all([getUser(id), getPosts(id)]);
  return { user, posts };
};`,
      ),
    ],
  },
  {
    code: `
async function load(id) {
  const user = await getUser(id);
  const orders = await getOrders(id);
  return orders.map(order => ({ ...order, user }));
}
async function other(user) {
  return { user: await getUser(user), posts: await getPosts(user) };
}`,
    errors: [
      group(
        2,
        3,
        16,
        `
async function load(id) {
  const [user, orders] = await Promise.all([getUser(id), getOrders(id)]);
  return orders.map(order => ({ ...order, user }));
}
async function other(user) {
  return { user: await getUser(user), posts: await getPosts(user) };
}`,
      ),
      group(
        2,
        8,
        18,
        `
async function load(id) {
  const user = await getUser(id);
  const orders = await getOrders(id);
  return orders.map(order => ({ ...order, user }));
}
async function other(user) {
  const [user2, posts] = await Promise.all([getUser(user), getPosts(user)]);
  return { user: user2, posts };
}`,
      ),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Reported: JSX
// ---------------------------------------------------------------------------------------------
const jsxCases: Invalid[] = [
  {
    ...tsx,
    code: `
export default async function Page({ id }: { id: string }) {
  return <Profile user={await getUser(id)} posts={await getPosts(id)} />;
}`,
    errors: [
      group(
        2,
        3,
        25,
        `
export default async function Page({ id }: { id: string }) {
  const [user, posts] = await Promise.all([getUser(id), getPosts(id)]);
  return <Profile user={user} posts={posts} />;
}`,
      ),
    ],
  },
  {
    ...tsx,
    code: `
export default async function Page() {
  const user = await getUser();
  const posts = await getPosts();
  return <Feed user={user} posts={posts} />;
}`,
    errors: [
      group(
        2,
        3,
        16,
        `
export default async function Page() {
  const [user, posts] = await Promise.all([getUser(), getPosts()]);
  return <Feed user={user} posts={posts} />;
}`,
      ),
    ],
  },
  {
    ...jsx,
    code: `
export default async function Page() {
  const user = await getUser();
  const posts = await getPosts();
  return <Feed user={user} posts={posts} />;
}`,
    errors: [
      group(
        2,
        3,
        16,
        `
export default async function Page() {
  const [user, posts] = await Promise.all([getUser(), getPosts()]);
  return <Feed user={user} posts={posts} />;
}`,
      ),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Reported: comments, layout, statements between members, blocks
// ---------------------------------------------------------------------------------------------
const layout: Invalid[] = [
  {
    code: `
async function load() {
  // who is asking
  const user = await getUser();
  // what they wrote
  const posts = await getPosts(); // newest first
  return { user, posts };
}`,
    errors: [
      group(
        2,
        4,
        16,
        `
async function load() {
  // who is asking
  const [user, posts] = await Promise.all([
    getUser(),
    // what they wrote
    getPosts(),
  ]); // newest first
  return { user, posts };
}`,
      ),
    ],
  },
  {
    code: `
async function load() {
  const user = await getUser(); // by session
  const posts = await /* all */ getPosts();
  return { user, posts };
}`,
    errors: [
      group(
        2,
        3,
        16,
        `
async function load() {
  const [user, posts] = await Promise.all([
    getUser(), // by session
    /* all */ getPosts(),
  ]);
  return { user, posts };
}`,
      ),
    ],
  },
  {
    code: `
async function load() {
  const user = await getUser();
  // progress for the impatient
  console.log('loading posts');
  const limit = 10;
  const posts = await getPosts(limit);
  return { user, posts };
}`,
    errors: [
      group(
        2,
        3,
        16,
        `
async function load() {
  // progress for the impatient
  console.log('loading posts');
  const limit = 10;
  const [user, posts] = await Promise.all([getUser(), getPosts(limit)]);
  return { user, posts };
}`,
      ),
    ],
  },
  {
    code: `
async function load() {
  const user = await getUser();
  function format(x) { return String(x); }
  type Id = string;
  const posts = await getPosts();
  return format([user, posts]);
}`,
    errors: [
      group(
        2,
        3,
        16,
        `
async function load() {
  function format(x) { return String(x); }
  type Id = string;
  const [user, posts] = await Promise.all([getUser(), getPosts()]);
  return format([user, posts]);
}`,
      ),
    ],
  },
  {
    code: `
async function load() {
  const report = await buildReport({
    from: start,
    to: end,
  });
  const totals = await getTotals();
  return { report, totals };
}`,
    errors: [
      group(
        2,
        3,
        18,
        `
async function load() {
  const [report, totals] = await Promise.all([
    buildReport({
      from: start,
      to: end,
    }),
    getTotals(),
  ]);
  return { report, totals };
}`,
      ),
    ],
  },
  {
    code: `
async function load() {
  const query = await getRows(\`
    select *
    from users
  \`);
  const count = await getCount();
  return { query, count };
}`,
    errors: [
      group(
        2,
        3,
        17,
        `
async function load() {
  const [query, count] = await Promise.all([
    getRows(\`
    select *
    from users
  \`),
    getCount(),
  ]);
  return { query, count };
}`,
      ),
    ],
  },
  {
    ...javascript,
    code: `
async function load() {
\tconst user = await getUser()
\tconst posts = await getPosts()
\treturn { user, posts }
}`,
    errors: [
      group(
        2,
        3,
        15,
        `
async function load() {
\tconst [user, posts] = await Promise.all([getUser(), getPosts()])
\treturn { user, posts }
}`,
      ),
    ],
  },
  {
    code: `
async function load() {
    const user = await getUserWithAVeryLongName(userIdentifier);
    const posts = await getPostsWithAVeryLongName(userIdentifier);
    return { user, posts };
}`,
    errors: [
      group(
        2,
        3,
        18,
        `
async function load() {
    const [user, posts] = await Promise.all([
        getUserWithAVeryLongName(userIdentifier),
        getPostsWithAVeryLongName(userIdentifier),
    ]);
    return { user, posts };
}`,
      ),
    ],
  },
  {
    code: `
async function load() {
  try {
    const user = await getUser();
    const posts = await getPosts();
    return { user, posts };
  } catch (error) {
    report(error);
  }
}`,
    errors: [
      group(
        2,
        4,
        18,
        `
async function load() {
  try {
    const [user, posts] = await Promise.all([getUser(), getPosts()]);
    return { user, posts };
  } catch (error) {
    report(error);
  }
}`,
      ),
    ],
  },
  {
    code: `
async function handle(action) {
  switch (action.type) {
    case 'load':
      const user = await getUser();
      const posts = await getPosts();
      return { user, posts };
    default:
      return null;
  }
}`,
    errors: [
      group(
        2,
        5,
        20,
        `
async function handle(action) {
  switch (action.type) {
    case 'load':
      const [user, posts] = await Promise.all([getUser(), getPosts()]);
      return { user, posts };
    default:
      return null;
  }
}`,
      ),
    ],
  },
  {
    code: `
async function all(ids) {
  for (const id of ids) {
    const user = await getUser(id);
    const posts = await getPosts(id);
    show(user, posts);
  }
}`,
    errors: [
      group(
        2,
        4,
        18,
        `
async function all(ids) {
  for (const id of ids) {
    const [user, posts] = await Promise.all([getUser(id), getPosts(id)]);
    show(user, posts);
  }
}`,
      ),
    ],
  },
  {
    code: `
async function all(ids) {
  return Promise.all(ids.map(async id => {
    const user = await getUser(id);
    const posts = await getPosts(id);
    return { user, posts };
  }));
}`,
    errors: [
      group(
        2,
        4,
        18,
        `
async function all(ids) {
  return Promise.all(ids.map(async id => {
    const [user, posts] = await Promise.all([getUser(id), getPosts(id)]);
    return { user, posts };
  }));
}`,
      ),
    ],
  },
  {
    code: `
async function load(flag) {
  if (flag) {
    const a = await getA();
    const b = await getB();
    return [a, b];
  }
  const c = await getC();
  return [c];
}`,
    errors: [
      group(
        2,
        4,
        15,
        `
async function load(flag) {
  if (flag) {
    const [a, b] = await Promise.all([getA(), getB()]);
    return [a, b];
  }
  const c = await getC();
  return [c];
}`,
      ),
    ],
  },
  {
    code: `
async function load() {
  const data = await getData();
  const other = await getOther(payload.data);
  return [data, other];
}`,
    errors: [
      group(
        2,
        3,
        16,
        `
async function load() {
  const [data, other] = await Promise.all([getData(), getOther(payload.data)]);
  return [data, other];
}`,
      ),
    ],
  },
  {
    code: `
async function load() {
  const a = await getA();
  const b = await getB(items.map(a => a.id));
  return [a, b];
}`,
    errors: [
      group(
        2,
        3,
        13,
        `
async function load() {
  const [a, b] = await Promise.all([getA(), getB(items.map(a => a.id))]);
  return [a, b];
}`,
      ),
    ],
  },
  {
    code: `
class Page {
  async load() {
    this.user = await getUser();
    const posts = await this.api.getPosts();
    return posts;
  }
}`,
    errors: [
      group(
        2,
        4,
        17,
        `
class Page {
  async load() {
    const [user, posts] = await Promise.all([getUser(), this.api.getPosts()]);
    this.user = user;
    return posts;
  }
}`,
      ),
    ],
  },
  {
    code: `
async function load() {
  const result = await getResult();
  const items = await getItems();
  return [result, items];
}
async function twice() {
  render(await getUser(), await getPosts());
  render(await getUser(), await getPosts());
}`,
    errors: [
      group(
        2,
        3,
        18,
        `
async function load() {
  const [result, items] = await Promise.all([getResult(), getItems()]);
  return [result, items];
}
async function twice() {
  render(await getUser(), await getPosts());
  render(await getUser(), await getPosts());
}`,
      ),
      group(
        2,
        8,
        10,
        `
async function load() {
  const result = await getResult();
  const items = await getItems();
  return [result, items];
}
async function twice() {
  const [user, posts] = await Promise.all([getUser(), getPosts()]);
  render(user, posts);
  render(await getUser(), await getPosts());
}`,
      ),
      group(
        2,
        9,
        10,
        `
async function load() {
  const result = await getResult();
  const items = await getItems();
  return [result, items];
}
async function twice() {
  render(await getUser(), await getPosts());
  const [user2, posts2] = await Promise.all([getUser(), getPosts()]);
  render(user2, posts2);
}`,
      ),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Reported: options, and a shadowed Promise
// ---------------------------------------------------------------------------------------------
const options: Invalid[] = [
  {
    code: `
async function load() {
  const a = await getA();
  const b = await getB();
  const c = await getC();
  return [a, b, c];
}`,
    options: [{ minGroupSize: 3 }],
    errors: [
      group(
        3,
        3,
        13,
        `
async function load() {
  const [a, b, c] = await Promise.all([getA(), getB(), getC()]);
  return [a, b, c];
}`,
      ),
    ],
  },
  {
    code: `
async function warm() {
  await warmCache();
  const a = await getA();
  await primeIndex();
  return a;
}`,
    options: [{ groupDiscardedAwaits: true }],
    errors: [
      group(
        3,
        3,
        3,
        `
async function warm() {
  const [, a] = await Promise.all([warmCache(), getA(), primeIndex()]);
  return a;
}`,
      ),
    ],
  },
  {
    code: `
async function warm() {
  await warmCache();
  await primeIndex();
}`,
    options: [{ groupDiscardedAwaits: true }],
    errors: [
      group(
        2,
        3,
        3,
        `
async function warm() {
  await Promise.all([warmCache(), primeIndex()]);
}`,
      ),
    ],
  },
  {
    code: `
async function load() {
  const user = await createUser(input);
  const post = await createPost(input);
  return [user, post];
}`,
    options: [{ effectVerbs: ['delete'] }],
    errors: [
      group(
        2,
        3,
        16,
        `
async function load() {
  const [user, post] = await Promise.all([
    createUser(input),
    createPost(input),
  ]);
  return [user, post];
}`,
      ),
    ],
  },
  {
    code: `
async function load() {
  const a = await getA();
  const b = await getB();
  const c = await db.query('select 1');
  const d = await getD();
  const e = await getE();
  return [a, b, c, d, e];
}`,
    options: [{ ignoreCallees: ['db.*'] }],
    errors: [
      group(
        2,
        3,
        13,
        `
async function load() {
  const [a, b] = await Promise.all([getA(), getB()]);
  const c = await db.query('select 1');
  const d = await getD();
  const e = await getE();
  return [a, b, c, d, e];
}`,
      ),
      group(
        2,
        6,
        13,
        `
async function load() {
  const a = await getA();
  const b = await getB();
  const c = await db.query('select 1');
  const [d, e] = await Promise.all([getD(), getE()]);
  return [a, b, c, d, e];
}`,
      ),
    ],
  },
  {
    code: `
async function load() {
  const a = await getA();
  const b = await getB();
  const c = await harvest();
  const d = await getD();
  return [a, b, c, d];
}`,
    options: [{ extraEffectVerbs: ['harvest'] }],
    errors: [
      group(
        2,
        3,
        13,
        `
async function load() {
  const [a, b] = await Promise.all([getA(), getB()]);
  const c = await harvest();
  const d = await getD();
  return [a, b, c, d];
}`,
      ),
    ],
  },
  {
    code: `
import Promise from 'bluebird';
async function load() {
  const a = await getA();
  const b = await getB();
  return [a, b];
}`,
    errors: [{ messageId: 'sequentialAwaits', data: { count: 2 }, line: 4, column: 13, suggestions: [] }],
  },
];

// ---------------------------------------------------------------------------------------------
// Reported: what real code showed (flattening, names, more blocks)
// ---------------------------------------------------------------------------------------------
const fromRealCode: Invalid[] = [
  {
    ...javascript,
    code: `
async function loadTable() {
  const [columns, keys,] = await Promise.all([
    this.query(columnsSql),
    this.query(keysSql),
  ]);
  const version = await this.getVersion();
  return { columns, keys, version };
}`,
    errors: [
      group(
        2,
        3,
        28,
        `
async function loadTable() {
  const [columns, keys, version] = await Promise.all([
    this.query(columnsSql),
    this.query(keysSql),
    this.getVersion(),
  ]);
  return { columns, keys, version };
}`,
      ),
    ],
  },
  {
    code: `
async function load() {
  const [a] = await Promise.all([getA(), warmB()]);
  const c = await getC();
  return [a, c];
}`,
    errors: [
      group(
        2,
        3,
        15,
        `
async function load() {
  const [a, , c] = await Promise.all([getA(), warmB(), getC()]);
  return [a, c];
}`,
      ),
    ],
  },
  {
    ...javascript,
    code: `
async function tables() {
  dbTables = (await Promise.all(queries('table'))).flat();
  dbIndices = (await Promise.all(queries('index'))).flat();
}`,
    errors: [
      group(
        2,
        3,
        15,
        `
async function tables() {
  const [dbTablesResults, dbIndicesResults] = await Promise.all([
    Promise.all(queries('table')),
    Promise.all(queries('index')),
  ]);
  dbTables = dbTablesResults.flat();
  dbIndices = dbIndicesResults.flat();
}`,
      ),
    ],
  },
  {
    code: `
async function load() {
  try {
    const a = await fetchA();
    return await fetchB(a.id) ?? await g();
  } finally {
    done();
  }
}
async function tail() {
  const a = await f();
  return await g();
}`,
    errors: [
      group(
        2,
        11,
        13,
        `
async function load() {
  try {
    const a = await fetchA();
    return await fetchB(a.id) ?? await g();
  } finally {
    done();
  }
}
async function tail() {
  const [a, gResult] = await Promise.all([f(), g()]);
  return gResult;
}`,
      ),
    ],
  },
  {
    code: `
async function poll() {
  while (running) {
    const status = await getStatus();
    const queue = await getQueue();
    report(status, queue);
  }
  {
    const a = await getA();
    const b = await getB();
    report(a, b);
  }
}`,
    errors: [
      group(
        2,
        4,
        20,
        `
async function poll() {
  while (running) {
    const [status, queue] = await Promise.all([getStatus(), getQueue()]);
    report(status, queue);
  }
  {
    const a = await getA();
    const b = await getB();
    report(a, b);
  }
}`,
      ),
      group(
        2,
        9,
        15,
        `
async function poll() {
  while (running) {
    const status = await getStatus();
    const queue = await getQueue();
    report(status, queue);
  }
  {
    const [a, b] = await Promise.all([getA(), getB()]);
    report(a, b);
  }
}`,
      ),
    ],
  },
  {
    ...javascript,
    languageOptions: { ...javascript.languageOptions, parserOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' } },
    code: `
module.exports = async function load(id) {
  const user = await db.users.findById(id);
  const roles = await db.roles.findByUser(id);
  return { user, roles };
};`,
    errors: [
      group(
        2,
        3,
        16,
        `
module.exports = async function load(id) {
  const [user, roles] = await Promise.all([
    db.users.findById(id),
    db.roles.findByUser(id),
  ]);
  return { user, roles };
};`,
      ),
    ],
  },
  {
    code: `
export async function GET(request: Request): Promise<Response> {
  const session = await auth();
  const [user, org] = await Promise.all([getUser(), getOrg()]);
  return Response.json({ session, user, org });
}`,
    errors: [
      group(
        2,
        3,
        19,
        `
export async function GET(request: Request): Promise<Response> {
  const [session, user, org] = await Promise.all([auth(), getUser(), getOrg()]);
  return Response.json({ session, user, org });
}`,
      ),
    ],
  },
  {
    code: `
async function load(this: Ctx, id: string) {
  this.user = await this.api.user(id);
  this.posts = await this.api.posts(id);
}`,
    errors: [
      group(
        2,
        3,
        15,
        `
async function load(this: Ctx, id: string) {
  [this.user, this.posts] = await Promise.all([
    this.api.user(id),
    this.api.posts(id),
  ]);
}`,
      ),
    ],
  },
  {
    code: `
async function load() {
  const a = await getA();
  const b = await getB(a);
  const c = await getC(a);
  return [b, c];
}`,
    errors: [
      group(
        2,
        4,
        13,
        `
async function load() {
  const a = await getA();
  const [b, c] = await Promise.all([getB(a), getC(a)]);
  return [b, c];
}`,
      ),
    ],
  },
  {
    code: `
async function both(api, id) {
  const user = await api.getUser(id);
  const posts = await api.getPosts(id);
  const again = await api.getUser(id + 1);
  return [user, posts, again];
}`,
    errors: [
      group(
        3,
        3,
        16,
        `
async function both(api, id) {
  const [user, posts, again] = await Promise.all([
    api.getUser(id),
    api.getPosts(id),
    api.getUser(id + 1),
  ]);
  return [user, posts, again];
}`,
      ),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Reported: what calls do (libraries, arguments, local bodies, write-first and guard-last groups),
// awaits in every position that runs once, statements between, declarations split
// ---------------------------------------------------------------------------------------------
const byWhatCallsDo: Invalid[] = [
  {
    // an inline callback that only computes (a reduce) may stay between members
    code: `
export async function quoteCheckout(cartId: string, cart: { items: { weight: number; quantity: number }[] }) {
  const tax = await taxes.forOrder(cartId);
  const parcel = { weight: cart.items.reduce((sum, item) => sum + item.weight * item.quantity, 0) };
  const rates = await shipping.rates(cartId, parcel);
  return { tax, rates };
}`,
    errors: [
      group(
        2,
        3,
        15,
        `
export async function quoteCheckout(cartId: string, cart: { items: { weight: number; quantity: number }[] }) {
  const parcel = { weight: cart.items.reduce((sum, item) => sum + item.weight * item.quantity, 0) };
  const [tax, rates] = await Promise.all([
    taxes.forOrder(cartId),
    shipping.rates(cartId, parcel),
  ]);
  return { tax, rates };
}`,
      ),
    ],
  },
  {
    // a payment transaction read (getTransaction) opens no transaction, and the transaction it gives, handed on, is data
    code: `
export async function review(id: string) {
  const transaction = await ledger.getTransaction(id);
  const merchant = await lookupMerchant(transaction);
  const risk = await scoreRisk(transaction);
  return { merchant, risk };
}`,
    errors: [
      group(
        2,
        4,
        20,
        `
export async function review(id: string) {
  const transaction = await ledger.getTransaction(id);
  const [merchant, risk] = await Promise.all([
    lookupMerchant(transaction),
    scoreRisk(transaction),
  ]);
  return { merchant, risk };
}`,
      ),
    ],
  },
  {
    // a package's export is no handle, required or imported, nor what it gives (Electron's session.fromPartition)
    code: `const { session } = require('electron');

async function clearAll(partition) {
  const ses = session.fromPartition(partition);
  const cookies = await ses.cookies.get({});
  const size = await ses.getCacheSize();
  return { cookies, size };
}
module.exports = { clearAll };`,
    errors: [
      group(
        2,
        5,
        19,
        `const { session } = require('electron');

async function clearAll(partition) {
  const ses = session.fromPartition(partition);
  const [cookies, size] = await Promise.all([
    ses.cookies.get({}),
    ses.getCacheSize(),
  ]);
  return { cookies, size };
}
module.exports = { clearAll };`,
      ),
    ],
  },
  {
    // what a login session gives (session.get('userId')) is data, not a connection handed on
    code: `export async function loader({ request }: { request: Request }) {
  const session = await getSession(request.headers.get('Cookie'));
  const userId = session.get('userId');
  const user = await getUser(userId);
  const notes = await getNotes(userId);
  return { user, notes };
}`,
    errors: [
      group(
        2,
        4,
        16,
        `export async function loader({ request }: { request: Request }) {
  const session = await getSession(request.headers.get('Cookie'));
  const userId = session.get('userId');
  const [user, notes] = await Promise.all([getUser(userId), getNotes(userId)]);
  return { user, notes };
}`,
      ),
    ],
  },
  {
    // a login session handed on is no connection: only what made a variable, or a name only a handle has, says a call works through one
    code: `
export async function dashboard() {
  const session = await auth();
  const posts = await getPosts(session);
  const notifications = await getNotifications(session);
  return { posts, notifications };
}`,
    errors: [
      group(
        2,
        4,
        17,
        `
export async function dashboard() {
  const session = await auth();
  const [posts, notifications] = await Promise.all([
    getPosts(session),
    getNotifications(session),
  ]);
  return { posts, notifications };
}`,
      ),
    ],
  },
  {
    // a memo cache the helper alone fills and reads by one key, before it waits, orders nothing between its calls; the promise it keeps and returns is what a call waits for
    code: `
const cache = new Map<string, Promise<string>>();
function getSecret(name: string): Promise<string> {
  let pending = cache.get(name);
  if (!pending) {
    pending = secrets.accessSecretVersion({ name }).then(([version]) => version.payload);
    cache.set(name, pending);
  }
  return pending;
}
export async function bootstrap() {
  const databaseUrl = await getSecret('database-url');
  const smsToken = await getSecret('sms-token');
  return { databaseUrl, smsToken };
}`,
    errors: [
      group(
        2,
        12,
        23,
        `
const cache = new Map<string, Promise<string>>();
function getSecret(name: string): Promise<string> {
  let pending = cache.get(name);
  if (!pending) {
    pending = secrets.accessSecretVersion({ name }).then(([version]) => version.payload);
    cache.set(name, pending);
  }
  return pending;
}
export async function bootstrap() {
  const [databaseUrl, smsToken] = await Promise.all([
    getSecret('database-url'),
    getSecret('sms-token'),
  ]);
  return { databaseUrl, smsToken };
}`,
      ),
    ],
  },
  {
    // a helper returning its request's .then(…) continuation waits for the request
    code: `
function loadProfile(id: string) {
  return api.get(\`/profiles/\${id}\`).then(response => response.data);
}
export async function pair(a: string, b: string) {
  const first = await loadProfile(a);
  const second = await loadProfile(b);
  return [first, second];
}`,
    errors: [
      group(
        2,
        6,
        17,
        `
function loadProfile(id: string) {
  return api.get(\`/profiles/\${id}\`).then(response => response.data);
}
export async function pair(a: string, b: string) {
  const [first, second] = await Promise.all([loadProfile(a), loadProfile(b)]);
  return [first, second];
}`,
      ),
    ],
  },
  {
    // a module's export named like a handle (Electron's session) is no transaction handle
    code: `
import { app, session } from 'electron';
export async function diagnostics() {
  const gpu = await app.getGPUInfo('basic');
  const cacheBytes = await session.defaultSession.getCacheSize();
  return { gpu, cacheBytes };
}`,
    errors: [
      group(
        2,
        4,
        15,
        `
import { app, session } from 'electron';
export async function diagnostics() {
  const [gpu, cacheBytes] = await Promise.all([
    app.getGPUInfo('basic'),
    session.defaultSession.getCacheSize(),
  ]);
  return { gpu, cacheBytes };
}`,
      ),
    ],
  },
  {
    // SQL in a query option (ClickHouse), in a call whose name says query (BigQuery's createQueryJob, Neo4j's executeQuery): the statement decides
    code: `
import { createClient } from '@clickhouse/client';
const clickhouse = createClient({ url: process.env.CLICKHOUSE_URL });
export async function dashboard(tenant: string) {
  const visits = await clickhouse.query({ query: 'SELECT count() FROM visits WHERE tenant = {tenant:String}', query_params: { tenant } });
  const errors = await clickhouse.query({ query: 'SELECT count() FROM errors WHERE tenant = {tenant:String}', query_params: { tenant } });
  return { visits: await visits.json(), errors: await errors.json() };
}`,
    errors: [
      group(
        2,
        5,
        18,
        `
import { createClient } from '@clickhouse/client';
const clickhouse = createClient({ url: process.env.CLICKHOUSE_URL });
export async function dashboard(tenant: string) {
  const [visits, errors] = await Promise.all([
    clickhouse.query({ query: 'SELECT count() FROM visits WHERE tenant = {tenant:String}', query_params: { tenant } }),
    clickhouse.query({ query: 'SELECT count() FROM errors WHERE tenant = {tenant:String}', query_params: { tenant } }),
  ]);
  return { visits: await visits.json(), errors: await errors.json() };
}`,
      ),
      group(
        2,
        7,
        20,
        `
import { createClient } from '@clickhouse/client';
const clickhouse = createClient({ url: process.env.CLICKHOUSE_URL });
export async function dashboard(tenant: string) {
  const visits = await clickhouse.query({ query: 'SELECT count() FROM visits WHERE tenant = {tenant:String}', query_params: { tenant } });
  const errors = await clickhouse.query({ query: 'SELECT count() FROM errors WHERE tenant = {tenant:String}', query_params: { tenant } });
  const [visits2, errors2] = await Promise.all([visits.json(), errors.json()]);
  return { visits: visits2, errors: errors2 };
}`,
      ),
    ],
  },
  {
    // SQL in a query option (ClickHouse), in a call whose name says query (BigQuery's createQueryJob, Neo4j's executeQuery): the statement decides
    code: `
import { BigQuery } from '@google-cloud/bigquery';
const bigquery = new BigQuery();
export async function report(day: string) {
  const [job] = await bigquery.createQueryJob({ query: 'SELECT country, COUNT(*) AS n FROM events GROUP BY country', params: { day } });
  const [meta] = await bigquery.dataset('analytics').table('events').getMetadata();
  return { job, meta };
}`,
    errors: [
      group(
        2,
        5,
        17,
        `
import { BigQuery } from '@google-cloud/bigquery';
const bigquery = new BigQuery();
export async function report(day: string) {
  const [[job], [meta]] = await Promise.all([
    bigquery.createQueryJob({ query: 'SELECT country, COUNT(*) AS n FROM events GROUP BY country', params: { day } }),
    bigquery.dataset('analytics').table('events').getMetadata(),
  ]);
  return { job, meta };
}`,
      ),
    ],
  },
  {
    // SQL in a query option (ClickHouse), in a call whose name says query (BigQuery's createQueryJob, Neo4j's executeQuery): the statement decides
    code: `
import neo4j from 'neo4j-driver';
const driver = neo4j.driver(url, neo4j.auth.basic(user, password));
export async function profile(id: string) {
  const person = await driver.executeQuery('MATCH (p:Person {id: $id}) RETURN p', { id });
  const friends = await driver.executeQuery('MATCH (:Person {id: $id})-[:KNOWS]->(f) RETURN f', { id });
  return { person, friends };
}`,
    errors: [
      group(
        2,
        5,
        18,
        `
import neo4j from 'neo4j-driver';
const driver = neo4j.driver(url, neo4j.auth.basic(user, password));
export async function profile(id: string) {
  const [person, friends] = await Promise.all([
    driver.executeQuery('MATCH (p:Person {id: $id}) RETURN p', { id }),
    driver.executeQuery('MATCH (:Person {id: $id})-[:KNOWS]->(f) RETURN f', { id }),
  ]);
  return { person, friends };
}`,
      ),
    ],
  },
  {
    // TanStack Query: ensureQueryData and fetchQuery read; invalidateQueries writes, before the reads
    code: `
import { QueryClient } from '@tanstack/react-query';
export async function loader(queryClient: QueryClient, postId: string) {
  const post = await queryClient.ensureQueryData(postQuery(postId));
  const comments = await queryClient.ensureQueryData(commentsQuery(postId));
  return { post, comments };
}`,
    errors: [
      group(
        2,
        4,
        16,
        `
import { QueryClient } from '@tanstack/react-query';
export async function loader(queryClient: QueryClient, postId: string) {
  const [post, comments] = await Promise.all([
    queryClient.ensureQueryData(postQuery(postId)),
    queryClient.ensureQueryData(commentsQuery(postId)),
  ]);
  return { post, comments };
}`,
      ),
    ],
  },
  {
    // TanStack Query: ensureQueryData and fetchQuery read; invalidateQueries writes, before the reads
    code: `
import { QueryClient } from '@tanstack/react-query';
export async function refresh(queryClient: QueryClient, postId: string) {
  await queryClient.invalidateQueries({ queryKey: ['post', postId] });
  const post = await queryClient.fetchQuery(postQuery(postId));
  const comments = await queryClient.fetchQuery(commentsQuery(postId));
  return { post, comments };
}`,
    errors: [
      group(
        2,
        5,
        16,
        `
import { QueryClient } from '@tanstack/react-query';
export async function refresh(queryClient: QueryClient, postId: string) {
  await queryClient.invalidateQueries({ queryKey: ['post', postId] });
  const [post, comments] = await Promise.all([
    queryClient.fetchQuery(postQuery(postId)),
    queryClient.fetchQuery(commentsQuery(postId)),
  ]);
  return { post, comments };
}`,
      ),
    ],
  },
  {
    // what an awaited file read gives is text: its string methods are no file-system calls, and two readers only read
    code: `
import { readFile } from 'node:fs/promises';
async function readTitle(dir: string) {
  const text = await readFile(\`\${dir}/README.md\`, 'utf8');
  return text.split('\\n')[0]?.trim();
}
async function readVersion(dir: string) {
  const text = await readFile(\`\${dir}/VERSION\`, 'utf8');
  return text.trim();
}
export async function info(dir: string) {
  const title = await readTitle(dir);
  const version = await readVersion(dir);
  return { title, version };
}`,
    errors: [
      group(
        2,
        12,
        17,
        `
import { readFile } from 'node:fs/promises';
async function readTitle(dir: string) {
  const text = await readFile(\`\${dir}/README.md\`, 'utf8');
  return text.split('\\n')[0]?.trim();
}
async function readVersion(dir: string) {
  const text = await readFile(\`\${dir}/VERSION\`, 'utf8');
  return text.trim();
}
export async function info(dir: string) {
  const [title, version] = await Promise.all([
    readTitle(dir),
    readVersion(dir),
  ]);
  return { title, version };
}`,
      ),
    ],
  },
  {
    // a Redis pipeline of reads is a read; a GraphQL query sent in ky's \`json\` body is a read
    code: `
import Redis from 'ioredis';
import ky from 'ky';
const redis = new Redis();
const VENUES_QUERY = \`query Venues($userId: ID!) { venues(userId: $userId) { id } }\`;
export async function header(userId: string) {
  const venues = await ky.post(GRAPHQL_URL, { json: { query: VENUES_QUERY, variables: { userId } } }).json();
  const presence = await redis.pipeline().hget(\`presence:\${userId}\`, 'status').ttl(\`presence:\${userId}\`).exec();
  return { presence, venues };
}`,
    errors: [
      group(
        2,
        7,
        18,
        `
import Redis from 'ioredis';
import ky from 'ky';
const redis = new Redis();
const VENUES_QUERY = \`query Venues($userId: ID!) { venues(userId: $userId) { id } }\`;
export async function header(userId: string) {
  const [venues, presence] = await Promise.all([
    ky.post(GRAPHQL_URL, { json: { query: VENUES_QUERY, variables: { userId } } }).json(),
    redis.pipeline().hget(\`presence:\${userId}\`, 'status').ttl(\`presence:\${userId}\`).exec(),
  ]);
  return { presence, venues };
}`,
      ),
    ],
  },
  {
    // read-only command lines run side by side; the write after them keeps its place
    code: `
import { execa } from 'execa';

export async function buildInfo(outFile) {
  const { stdout: branch } = await execa('git', ['rev-parse', '--abbrev-ref', 'HEAD']);
  const { stdout: subject } = await execa('git', ['log', '-1', '--format=%s']);
  await execa('git', ['tag', \`build-\${branch}\`]);
  return { branch, subject };
}`,
    errors: [
      group(
        2,
        5,
        30,
        `
import { execa } from 'execa';

export async function buildInfo(outFile) {
  const [{ stdout: branch }, { stdout: subject }] = await Promise.all([
    execa('git', ['rev-parse', '--abbrev-ref', 'HEAD']),
    execa('git', ['log', '-1', '--format=%s']),
  ]);
  await execa('git', ['tag', \`build-\${branch}\`]);
  return { branch, subject };
}`,
      ),
    ],
  },
  {
    code: `
import { DynamoDBClient, GetItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';

const dynamo = new DynamoDBClient({});

export async function profile(userId: string) {
  const user = await dynamo.send(new GetItemCommand({ TableName: 'users', Key: { pk: { S: userId } } }));
  const orders = await dynamo.send(new QueryCommand({ TableName: 'orders', KeyConditionExpression: 'pk = :pk' }));
  return { user, orders };
}`,
    errors: [
      group(
        2,
        7,
        16,
        `
import { DynamoDBClient, GetItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';

const dynamo = new DynamoDBClient({});

export async function profile(userId: string) {
  const [user, orders] = await Promise.all([
    dynamo.send(new GetItemCommand({ TableName: 'users', Key: { pk: { S: userId } } })),
    dynamo.send(new QueryCommand({ TableName: 'orders', KeyConditionExpression: 'pk = :pk' })),
  ]);
  return { user, orders };
}`,
      ),
    ],
  },
  {
    code: `
import OpenAI from 'openai';

const openai = new OpenAI();

export async function enrich(text: string) {
  const summary = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: text }] });
  const embedding = await openai.embeddings.create({ model: 'text-embedding-3-small', input: text });
  return { summary, embedding };
}`,
    errors: [
      group(
        2,
        7,
        19,
        `
import OpenAI from 'openai';

const openai = new OpenAI();

export async function enrich(text: string) {
  const [summary, embedding] = await Promise.all([
    openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: text }] }),
    openai.embeddings.create({ model: 'text-embedding-3-small', input: text }),
  ]);
  return { summary, embedding };
}`,
      ),
    ],
  },
  {
    code: `
export async function person(db, id) {
  const person = await db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst();
  const pets = await db.selectFrom('pet').selectAll().where('owner_id', '=', id).execute();
  return { person, pets };
}`,
    errors: [
      group(
        2,
        3,
        18,
        `
export async function person(db, id) {
  const [person, pets] = await Promise.all([
    db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst(),
    db.selectFrom('pet').selectAll().where('owner_id', '=', id).execute(),
  ]);
  return { person, pets };
}`,
      ),
    ],
  },
  {
    code: `
export async function dashboard(alerts, incidents, teamId) {
  const open = await alerts.openFor(teamId);
  const recent = await incidents.listRecent(teamId);
  return { open, recent };
}`,
    errors: [
      group(
        2,
        3,
        16,
        `
export async function dashboard(alerts, incidents, teamId) {
  const [open, recent] = await Promise.all([
    alerts.openFor(teamId),
    incidents.listRecent(teamId),
  ]);
  return { open, recent };
}`,
      ),
    ],
  },
  {
    code: `
const VIEWER = \`query Viewer { viewer { login } }\`;

export async function header(url: string) {
  const viewer = await fetch(url, { method: 'POST', body: JSON.stringify({ query: VIEWER }) });
  const flags = await fetch(\`\${url}/flags\`);
  return { viewer, flags };
}`,
    errors: [
      group(
        2,
        5,
        18,
        `
const VIEWER = \`query Viewer { viewer { login } }\`;

export async function header(url: string) {
  const [viewer, flags] = await Promise.all([
    fetch(url, { method: 'POST', body: JSON.stringify({ query: VIEWER }) }),
    fetch(\`\${url}/flags\`),
  ]);
  return { viewer, flags };
}`,
      ),
    ],
  },
  {
    code: `
import Stripe from 'stripe';
import { PrismaClient } from '@prisma/client';

const stripe = new Stripe(process.env.STRIPE_KEY!);
const prisma = new PrismaClient();

export async function signUp(email: string, id: string) {
  const customer = await stripe.customers.create({ email });
  const user = await prisma.user.findUnique({ where: { id } });
  return { customer, user };
}`,
    errors: [
      group(
        2,
        9,
        20,
        `
import Stripe from 'stripe';
import { PrismaClient } from '@prisma/client';

const stripe = new Stripe(process.env.STRIPE_KEY!);
const prisma = new PrismaClient();

export async function signUp(email: string, id: string) {
  const [customer, user] = await Promise.all([
    stripe.customers.create({ email }),
    prisma.user.findUnique({ where: { id } }),
  ]);
  return { customer, user };
}`,
      ),
    ],
  },
  {
    code: `
export async function edit(req, docId) {
  const doc = await docs.get(docId);
  const user = await requireUser(req);
  return { doc, user };
}`,
    errors: [
      group(
        2,
        3,
        15,
        `
export async function edit(req, docId) {
  const [doc, user] = await Promise.all([docs.get(docId), requireUser(req)]);
  return { doc, user };
}`,
      ),
    ],
  },
  {
    code: `
async function loadSettings(id) {
  const response = await fetch(\`/settings/\${id}\`);
  return response.json();
}

export async function page(id) {
  const user = await getUser(id);
  const settings = await loadSettings(id);
  return { user, settings };
}`,
    errors: [
      group(
        2,
        8,
        16,
        `
async function loadSettings(id) {
  const response = await fetch(\`/settings/\${id}\`);
  return response.json();
}

export async function page(id) {
  const [user, settings] = await Promise.all([getUser(id), loadSettings(id)]);
  return { user, settings };
}`,
      ),
    ],
  },
  {
    code: `
async function render(id) {
  return view(await getUser(id), await getPosts(id));
}`,
    errors: [
      group(
        2,
        3,
        15,
        `
async function render(id) {
  const [user, posts] = await Promise.all([getUser(id), getPosts(id)]);
  return view(user, posts);
}`,
      ),
    ],
  },
  {
    code: `
async function changed(file, bucket, key) {
  if ((await localHash(file)) !== (await remoteHash(bucket, key))) return true;
  return false;
}`,
    errors: [
      group(
        2,
        3,
        8,
        `
async function changed(file, bucket, key) {
  const [localHashResult, remoteHashResult] = await Promise.all([
    localHash(file),
    remoteHash(bucket, key),
  ]);
  if (localHashResult !== remoteHashResult) return true;
  return false;
}`,
      ),
    ],
  },
  {
    code: `
async function check(id) {
  throw new NotFoundError(await describeUser(id), await describeScope(id));
}`,
    errors: [
      group(
        2,
        3,
        27,
        `
async function check(id) {
  const [describeUserResult, describeScopeResult] = await Promise.all([
    describeUser(id),
    describeScope(id),
  ]);
  throw new NotFoundError(describeUserResult, describeScopeResult);
}`,
      ),
    ],
  },
  {
    code: `
async function send(order) {
  await (await getMailer()).send(await buildReceipt(order));
}`,
    errors: [
      group(
        2,
        3,
        10,
        `
async function send(order) {
  const [mailer, receipt] = await Promise.all([
    getMailer(),
    buildReceipt(order),
  ]);
  await mailer.send(receipt);
}`,
      ),
    ],
  },
  {
    // the outer await of the second statement reads the first's result, the nested one does not
    code: `
async function digestOf(path) {
  const hasher = await xxhash();
  const digest = await hasher.h64ToString(await fs.promises.readFile(path, 'utf8'));
  return digest;
}`,
    errors: [
      group(
        2,
        3,
        18,
        `
async function digestOf(path) {
  const [hasher, file] = await Promise.all([
    xxhash(),
    fs.promises.readFile(path, 'utf8'),
  ]);
  const digest = await hasher.h64ToString(file);
  return digest;
}`,
      ),
    ],
  },
  {
    code: `
async function load(flag, id) {
  if (flag) return { user: await getUser(id), posts: await getPosts(id) };
  return null;
}`,
    errors: [
      group(
        2,
        3,
        28,
        `
async function load(flag, id) {
  if (flag) {
    const [user, posts] = await Promise.all([getUser(id), getPosts(id)]);
    return { user, posts };
  }
  return null;
}`,
      ),
    ],
  },
  {
    code: `
async function query(host, ip) {
  return sql\`select * from events where tenant = \${await tenantOf(host)} and region = \${await regionOf(ip)}\`;
}`,
    errors: [
      group(
        2,
        3,
        52,
        `
async function query(host, ip) {
  const [tenantOfResult, regionOfResult] = await Promise.all([
    tenantOf(host),
    regionOf(ip),
  ]);
  return sql\`select * from events where tenant = \${tenantOfResult} and region = \${regionOfResult}\`;
}`,
      ),
    ],
  },
  {
    code: `
async function items(id) {
  const owner = await getOwner(id);
  for (const item of await listItems(id)) show(item, owner);
}`,
    errors: [
      group(
        2,
        3,
        17,
        `
async function items(id) {
  const [owner, items2] = await Promise.all([getOwner(id), listItems(id)]);
  for (const item of items2) show(item, owner);
}`,
      ),
    ],
  },
  {
    code: `
async function ready() {
  const a = await getA();
  if (await isReady()) return a;
  return null;
}`,
    errors: [
      group(
        2,
        3,
        13,
        `
async function ready() {
  const [a, isReadyResult] = await Promise.all([getA(), isReady()]);
  if (isReadyResult) return a;
  return null;
}`,
      ),
    ],
  },
  {
    code: `
async function weather(city) {
  const forecast = await forecastApi.daily(city);
  label = 'air';
  attempts++;
  metrics.increment('weather.calls');
  const air = await airApi.current(city);
  return { forecast, air };
}`,
    errors: [
      group(
        2,
        3,
        20,
        `
async function weather(city) {
  label = 'air';
  attempts++;
  metrics.increment('weather.calls');
  const [forecast, air] = await Promise.all([
    forecastApi.daily(city),
    airApi.current(city),
  ]);
  return { forecast, air };
}`,
      ),
    ],
  },
  {
    code: `
async function feed(id: string) {
  const limit = 20, user = await getUser(id), feed = await getFeed(id, { limit });
  return { user, feed };
}`,
    errors: [
      group(
        2,
        3,
        28,
        `
async function feed(id: string) {
  const limit = 20;
  const [user, feed] = await Promise.all([getUser(id), getFeed(id, { limit })]);
  return { user, feed };
}`,
      ),
    ],
  },
  {
    code: `
async function team(userId: string) {
  const user = await getUser(userId),
    teamId = user.teamId,
    team = await getTeam(teamId),
    members = await listMembers(teamId);
  return { user, team, members };
}`,
    errors: [
      group(
        2,
        5,
        12,
        `
async function team(userId: string) {
  const user = await getUser(userId),
    teamId = user.teamId;
  const [team, members] = await Promise.all([
    getTeam(teamId),
    listMembers(teamId),
  ]);
  return { user, team, members };
}`,
      ),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Reported: functions imported from other files of the project, read from their bodies
// ---------------------------------------------------------------------------------------------
const acrossFiles: Invalid[] = [
  {
    // an import that is not a source file (a folder lookup under a file fails) is judged by its name, without a crash
    ...inFixtureProject,
    code: `
import engine from './engine.wasm';
export async function boot(id: string) {
  const wasm = await engine({ id });
  const user = await getUser(id);
  return { wasm, user };
}`,
    errors: [
      group(
        2,
        4,
        16,
        `
import engine from './engine.wasm';
export async function boot(id: string) {
  const [wasm, user] = await Promise.all([engine({ id }), getUser(id)]);
  return { wasm, user };
}`,
      ),
    ],
  },
  {
    // a file read kept as a promise and chained on with \`.then\` is a read
    ...inFixtureProject,
    code: `
import { readManifest } from './lib/files';
import { loadUser } from './lib/api';
export async function boot(id: string) {
  const manifest = await readManifest();
  const user = await loadUser(id);
  return { manifest, user };
}`,
    errors: [
      group(
        2,
        5,
        20,
        `
import { readManifest } from './lib/files';
import { loadUser } from './lib/api';
export async function boot(id: string) {
  const [manifest, user] = await Promise.all([readManifest(), loadUser(id)]);
  return { manifest, user };
}`,
      ),
    ],
  },
  {
    // what a promise's continuation runs does not change what the call does: two file reads
    code: `
import { readFile } from 'node:fs/promises';
export async function load() {
  const a = await readFile('a.txt', 'utf8').then(text => text.trim());
  const b = await readFile('b.txt', 'utf8').then(text => text.trim());
  return { a, b };
}`,
    errors: [
      group(
        2,
        4,
        13,
        `
import { readFile } from 'node:fs/promises';
export async function load() {
  const [a, b] = await Promise.all([
    readFile('a.txt', 'utf8').then(text => text.trim()),
    readFile('b.txt', 'utf8').then(text => text.trim()),
  ]);
  return { a, b };
}`,
      ),
    ],
  },
  {
    // both bodies fetch: two requests to overlap
    ...inFixtureProject,
    code: `
import { loadUser, loadPosts } from './lib/api';
export async function page(id: string) {
  const user = await loadUser(id);
  const posts = await loadPosts(id);
  return { user, posts };
}`,
    errors: [
      group(
        2,
        4,
        16,
        `
import { loadUser, loadPosts } from './lib/api';
export async function page(id: string) {
  const [user, posts] = await Promise.all([loadUser(id), loadPosts(id)]);
  return { user, posts };
}`,
      ),
    ],
  },
  {
    // awaiting a promise another caller may have started takes time like the request itself
    ...inFixtureProject,
    code: `
import { cachedBody } from './lib/cache';
export async function both() {
  const a = await cachedBody('https://example.com/a');
  const b = await cachedBody('https://example.com/b');
  return a + b;
}`,
    errors: [
      group(
        2,
        4,
        13,
        `
import { cachedBody } from './lib/cache';
export async function both() {
  const [a, b] = await Promise.all([
    cachedBody('https://example.com/a'),
    cachedBody('https://example.com/b'),
  ]);
  return a + b;
}`,
      ),
    ],
  },
  {
    // a module that is not there, or does not parse, leaves the calls as their names say
    ...inFixtureProject,
    code: `
import { getUser } from './lib/missing';
import { getPosts } from './broken';
export async function page(id: string) {
  const user = await getUser(id);
  const posts = await getPosts(id);
  return { user, posts };
}`,
    errors: [
      group(
        2,
        5,
        16,
        `
import { getUser } from './lib/missing';
import { getPosts } from './broken';
export async function page(id: string) {
  const [user, posts] = await Promise.all([getUser(id), getPosts(id)]);
  return { user, posts };
}`,
      ),
    ],
  },
  {
    // a helper that sets its module's state once it has waited, then one of the same module that reads something else
    ...inFixtureProject,
    code: `
import { loadFlags, loadRegions } from './lib/flags';
export async function settings() {
  const flags = await loadFlags();
  const regions = await loadRegions();
  return { flags, regions };
}`,
    errors: [
      group(
        2,
        4,
        17,
        `
import { loadFlags, loadRegions } from './lib/flags';
export async function settings() {
  const [flags, regions] = await Promise.all([loadFlags(), loadRegions()]);
  return { flags, regions };
}`,
      ),
    ],
  },
  {
    // a client made on first use, before the helper waits, orders nothing
    ...inFixtureProject,
    code: `
import { getTeam, getUser } from './state/http';
export async function page(id: string) {
  const user = await getUser(id);
  const team = await getTeam(id);
  return { user, team };
}`,
    errors: [
      group(
        2,
        4,
        16,
        `
import { getTeam, getUser } from './state/http';
export async function page(id: string) {
  const [user, team] = await Promise.all([getUser(id), getTeam(id)]);
  return { user, team };
}`,
      ),
    ],
  },
  {
    // two modules that call each other once they have waited: reading their state ends
    ...inFixtureProject,
    code: `
import { ping } from './state/ping';
import { pong } from './state/pong';
export async function both() {
  const a = await ping(2);
  const b = await pong(2);
  return a + b;
}`,
    errors: [
      group(
        2,
        5,
        13,
        `
import { ping } from './state/ping';
import { pong } from './state/pong';
export async function both() {
  const [a, b] = await Promise.all([ping(2), pong(2)]);
  return a + b;
}`,
      ),
    ],
  },
  {
    // an exported constant nothing assigns again orders nothing
    ...inFixtureProject,
    code: `
import { DEFAULT_PLAN, loadConfig } from './state/config';
export async function start(fetchLimit: (plan: string) => Promise<number>) {
  const loaded = await loadConfig();
  const limit = await fetchLimit(DEFAULT_PLAN);
  return { loaded, limit };
}`,
    errors: [
      group(
        2,
        4,
        18,
        `
import { DEFAULT_PLAN, loadConfig } from './state/config';
export async function start(fetchLimit: (plan: string) => Promise<number>) {
  const [loaded, limit] = await Promise.all([
    loadConfig(),
    fetchLimit(DEFAULT_PLAN),
  ]);
  return { loaded, limit };
}`,
      ),
    ],
  },
  {
    // a cycle of imports ends where it started: that call is judged as if its body were not there
    ...inFixtureProject,
    code: `
import { ping } from './cycle-a';
export async function twice() {
  const first = await ping(1);
  const second = await ping(2);
  return first + second;
}`,
    errors: [
      group(
        2,
        4,
        17,
        `
import { ping } from './cycle-a';
export async function twice() {
  const [first, second] = await Promise.all([ping(1), ping(2)]);
  return first + second;
}`,
      ),
    ],
  },
];

const invalid: Invalid[] = [...declarations, ...typescript, ...nested, ...jsxCases, ...layout, ...options, ...fromRealCode, ...byWhatCallsDo, ...acrossFiles];

// ---------------------------------------------------------------------------------------------
// Not reported
// ---------------------------------------------------------------------------------------------
/** Twenty functions, each calling the next twice: what they touch is counted once, not 2^20 times. */
const DOUBLING_CALLS = Array.from({ length: 20 }, (_, index) =>
  index === 19 ? 'function f19() { return state.n + state.n; }' : `function f${index}() { return f${index + 1}() + f${index + 1}(); }`,
).join('\n');

const valid: (Valid | string)[] = [
  // the second changes what the first reads once it has waited: started together, the first would read the change
  `
let region = 'us';
async function listBuckets() {
  await ready();
  return fetch(\`https://\${region}.example.com/buckets\`);
}
function useRegion(next: string) {
  region = next;
  return fetch(\`https://\${next}.example.com/ping\`);
}
export async function run() {
  const buckets = await listBuckets();
  const ping = await useRegion('eu');
  return [buckets, ping];
}`,
  // the second await's continuation calls code that reads the state the first writes through its argument
  `
const state = { n: 0 };
${DOUBLING_CALLS}
async function store(target: { n: number }, load: () => Promise<number>) {
  target.n = await load();
}
export async function run(load: () => Promise<number>) {
  const stored = await store(state, load);
  const a = await load().then(() => f0());
  return [stored, a];
}`,
  // the first argument's work fills the object the second argument's work reads: one statement, kept in order
  `
async function renderApp(url: string, ctx: { modules: string[] }) {
  const { html, modules } = await renderRoute(url);
  ctx.modules.push(...modules);
  return html;
}
async function renderHead(ctx: { modules: string[] }) {
  return preloadLinks(ctx.modules);
}
export async function handle(url: string) {
  const ctx = { modules: [] as string[] };
  return documentHtml(await renderApp(url, ctx), await renderHead(ctx));
}`,
  // a write named by its verb may reach what another client reads (a cascade, the same table through pg, another client of one API)
  `
import { PrismaClient } from '@prisma/client';
import { Pool } from 'pg';
import axios from 'axios';
const prisma = new PrismaClient();
const pool = new Pool();

// the ORM writes, a report query reads the same table through a plain pool
export async function upgrade(id: string) {
  const user = await prisma.user.update({ where: { id }, data: { plan: 'pro' } });
  const { rows } = await pool.query('SELECT count(*) FROM "User" WHERE plan = $1', ['pro']);
  return { user, proCount: rows[0].count };
}

// one API, two clients: an admin one that writes and a public one that reads
const admin = axios.create({ baseURL: 'https://api.example.com', headers: { authorization: 'admin' } });
const publicApi = axios.create({ baseURL: 'https://api.example.com' });
export async function rename(id: string, name: string) {
  const saved = await admin.patch(\`/projects/\${id}\`, { name });
  const listing = await publicApi.get('/projects');
  return { saved: saved.data, listing: listing.data };
}`,
  // a `query` that is JSON in a body is not a GraphQL document: the create and the POST stay writes
  `
import axios from 'axios';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();

// a saved filter whose query is a JSON text, stored through Prisma
export async function createDefaultView(userId: string) {
  const view = await prisma.savedView.create({ data: { userId, name: 'All open', query: '{"status":"open"}' } });
  const views = await prisma.savedView.findMany({ where: { userId } });
  return { view, views };
}

// a REST endpoint that creates a segment from a filter query
export async function createSegment(name: string) {
  const created = await axios({ method: 'POST', url: '/api/segments', data: { name, query: '{"plan":"pro"}' } });
  const segments = await axios.get('/api/segments');
  return { created: created.data, segments: segments.data };
}`,
  // a client called with a method option (`got(url, { method: 'POST' })`) is that method, whatever is read of the response
  `
import ky from 'ky';
import got from 'got';
const api = ky.create({ prefixUrl: 'https://api.example.com' });

export async function a(id: string) {
  const saved = await api.patch(\`items/\${id}\`, { json: { done: true } }).json();
  const list = await api.get('items').json();
  return { saved, list };
}
export async function b(id: string) {
  const removed = await got.delete(\`https://x/items/\${id}\`).json();
  const list = await got.get('https://x/items').json();
  return { removed, list };
}
export async function c(id: string) {
  const created = await ky('https://x/items', { method: 'post', json: { id } }).json();
  const list = await ky('https://x/items').json();
  return { created, list };
}
export async function d(id: string) {
  const r = await api.post('items', { json: { id } }).then(res => res.json());
  const list = await api.get('items').json();
  return { r, list };
}`,
  // what a continuation does is part of the call: a create in a `.catch`, a write in a `.then`
  `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();

// get-or-create: the create runs in the continuation
export async function signIn(email: string) {
  const user = await prisma.user.findUniqueOrThrow({ where: { email } }).catch(() => prisma.user.create({ data: { email } }));
  const userCount = await prisma.user.count();
  return { user, userCount };
}

// a read whose continuation writes another model
export async function publish(id: string) {
  const post = await prisma.post.findUnique({ where: { id } }).then(p => prisma.feed.create({ data: { postId: p!.id } }));
  const feed = await prisma.feed.findMany();
  return { post, feed };
}`,
  // a pipeline holding a command that waits (`blpop`) keeps its place
  `
import Redis from 'ioredis';
import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
const redis = new Redis();
const s3 = new S3Client({});

// wait for the builder to signal that the new config is in S3, then read it
export async function waitAndLoad() {
  const signal = await redis.pipeline().blpop('config:ready', 0).exec();
  const config = await s3.send(new GetObjectCommand({ Bucket: 'cfg', Key: 'current.json' }));
  return { signal, config };
}

export async function waitAndLoadPlain() {
  const signal = await redis.blpop('config:ready', 0);
  const config = await s3.send(new GetObjectCommand({ Bucket: 'cfg', Key: 'current.json' }));
  return { signal, config };
}`,
  // a write handed to a wrapper still happens: the helper creates an order
  `
import { withTimeout } from 'p-utils';
import { createOrder, chargeCard } from '@acme/billing-client';
import { getCart, getCustomer } from '@acme/store-client';

async function placeOrder(cartId: string) {
  return withTimeout(createOrder({ cartId }), 5_000);
}

export async function checkoutHandler(cartId: string, customerId: string) {
  const customer = await getCustomer(customerId);
  const order = await placeOrder(cartId);
  return { customer, order };
}`,
  // a Prisma write through a nested create or a cascade touches other models than its own
  `
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function publishDraft(authorId: string, title: string) {
  const author = await prisma.user.update({
    where: { id: authorId },
    data: { posts: { create: { title, published: true } } },
  });
  const postCount = await prisma.post.count({ where: { authorId, published: true } });
  return { author, postCount };
}

export async function closeAccount(userId: string) {
  const removed = await prisma.user.delete({ where: { id: userId } }); // posts: onDelete: Cascade
  const orphans = await prisma.post.findMany({ where: { authorId: userId } });
  return { removed, orphans };
}`,
  // a continuation that writes is part of the call: the second read reads what it writes
  `
import { readFile, writeFile } from 'node:fs/promises';

export async function buildManifest(srcPath: string, outPath: string) {
  const bytes = await readFile(srcPath).then(async source => {
    await writeFile(outPath, JSON.stringify({ size: source.length }));
    return source.length;
  });
  const manifest = await readFile(outPath, 'utf8');
  return { bytes, manifest };
}`,
  // two helpers that read the same stream take their chunks in turn
  `
import type { Readable } from 'node:stream';

async function readPreamble(input: Readable) {
  let text = '';
  for await (const chunk of input) {
    text += chunk;
    if (text.includes('\\n\\n')) break;
  }
  return text;
}

async function readBody(input: Readable) {
  let text = '';
  for await (const chunk of input) text += chunk;
  return text;
}

export async function parseMessage(input: Readable) {
  const preamble = await readPreamble(input);
  const body = await readBody(input);
  return { preamble, body };
}`,
  {
    // an imported guard that refuses with a TRPCError: what follows it may not start before it passed
    ...inFixtureProject,
    code: `
import { requireProjectMember } from './lib/auth';
export async function secrets(userId: string, projectId: string) {
  const membership = await requireProjectMember(userId, projectId);
  const secrets = await loadProjectSecrets(projectId);
  return { membership, secrets };
}`,
  },
  // reading the response of a PATCH is still the PATCH: the list after it reads what it changed
  `
import ky from 'ky';
const api = ky.create({ prefixUrl: '/api' });
export async function toggle(id: string, done: boolean) {
  const updated = await api.patch(\`todos/\${id}\`, { json: { done } }).json();
  const visible = await api.get('todos').json();
  return { updated, visible };
}`,
  // a pipeline that writes is a write
  `
import Redis from 'ioredis';
const redis = new Redis();
export async function touch(userId: string) {
  const touched = await redis.pipeline().set(\`seen:\${userId}\`, Date.now()).expire(\`seen:\${userId}\`, 60).exec();
  const count = await redis.get(\`seen:\${userId}\`);
  return { touched, count };
}`,
  {
    // an upsert through a known client is a write, whatever the helper is called: two keep their order
    ...inFixtureProject,
    code: `
import { userFixture } from './lib/fixtures';
export async function seed() {
  const admin = await userFixture('admin');
  const viewer = await userFixture('viewer');
  return { admin, viewer };
}`,
  },
  {
    // the second helper reads the state of its module that the first sets once its request came back
    ...inFixtureProject,
    code: `
import { loadFlags, planLimit } from './lib/flags';
export async function limits(plan: string) {
  const flags = await loadFlags();
  const limit = await planLimit(plan);
  return { flags, limit };
}`,
  },
  {
    // the same through a wrapper and through continuations
    ...inFixtureProject,
    code: `
import pRetry from 'p-retry';
import { loadFlags, planLimit } from './lib/flags';
export async function retried(plan: string) {
  const flags = await pRetry(() => loadFlags(), { retries: 3 });
  const limit = await pRetry(() => planLimit(plan), { retries: 3 });
  return { flags, limit };
}
export async function chained(plan: string) {
  const flags = await loadFlags().then(found => found.limits);
  const limit = await planLimit(plan).then(found => found ?? 0);
  return { flags, limit };
}`,
  },
  {
    // the file reads the module's exported variable that the first call assigns once it has waited
    ...inFixtureProject,
    code: `
import { config, loadConfig } from './state/config';
import * as settings from './state/config';
export async function start(fetchLimit: (plan: string) => Promise<number>) {
  const loaded = await loadConfig();
  const limit = await fetchLimit(config!.plan);
  return { loaded, limit };
}
export async function again(fetchLimit: (plan: string) => Promise<number>) {
  const loaded = await settings.loadConfig();
  const limit = await fetchLimit(settings.config!.plan);
  return { loaded, limit };
}`,
  },
  {
    // the same through a namespace import
    ...inFixtureProject,
    code: `
import * as flagsModule from './lib/flags';
export async function limits(plan: string) {
  const flags = await flagsModule.loadFlags();
  const limit = await flagsModule.planLimit(plan);
  return { flags, limit };
}`,
  },
  {
    // a helper that stores its token once the request came back, then one that sends it
    ...inFixtureProject,
    code: `
import { profile, signIn } from './state/session';
export async function start(user: string) {
  const token = await signIn(user);
  const me = await profile();
  return { token, me };
}`,
  },
  {
    // an imported helper fills the context it is handed, the next one reads it: one statement, kept in order
    ...inFixtureProject,
    code: `
import { renderApp, renderHead } from './state/render';
export async function page(url: string) {
  const ctx = { head: [] as string[] };
  return { body: await renderApp(url, ctx), head: await renderHead(ctx) };
}`,
  },
  {
    // a template compiled on first use and kept in a Map: rendering is work on this thread
    ...inFixtureProject,
    code: `
import { fromTemplate } from './lib/handlebars';
export async function files(vars: object) {
  const component = await fromTemplate(COMPONENT, vars);
  const story = await fromTemplate(STORY, vars);
  return [component, story];
}`,
  },
  {
    // the helper refuses access with a thrown redirect: the query after it may only start once it passed
    ...inFixtureProject,
    code: `
import { currentMember } from './lib/session';
import { loadPosts } from './lib/api';
export async function loader({ request, params }: { request: Request; params: { id: string } }) {
  const member = await currentMember(request);
  const posts = await loadPosts(params.id);
  return { member, posts };
}`,
  },
  // what an argument returns is handed to prettier, not waited for: the helper only formats on this thread
  `
import { format } from 'prettier';
async function pretty(file: string) {
  return format(toSource(file), { parser: 'babel' });
}
export async function both() {
  const a = await pretty('a.js');
  const b = await pretty('b.js');
  return [a, b];
}`,
  {
    // prettier and a template on this thread: nothing to overlap
    ...inFixtureProject,
    code: `
import { renderTemplate } from './lib/templates';
export async function files() {
  const page = await renderTemplate('page.tpl', { title: 'Home' });
  const layout = await renderTemplate('layout.tpl', { title: 'Home' });
  return [page, layout];
}`,
  },
  {
    // the same, through \`export { renderTemplate as render } from\` in an index module
    ...inFixtureProject,
    code: `
import { render } from './lib';
export async function files() {
  const page = await render('page.tpl', {});
  const layout = await render('layout.tpl', {});
  return [page, layout];
}`,
  },
  {
    // compiled CommonJS: a synchronous read behind \`async\`
    ...inFixtureProject,
    filename: inFixtureProject.filename.replace(/route\.ts$/, 'route.js'),
    code: `
"use strict";
const helpers_1 = require("./compiled/helpers");
async function pages() {
  const home = await (0, helpers_1.renderPage)("home.html");
  const about = await (0, helpers_1.renderPage)("about.html");
  return [home, about];
}`,
  },
  {
    // each may ask the user a question: one prompt at a time
    ...inFixtureProject,
    code: `
import { resolveOption } from './lib/prompts';
export async function configure(flags: { name?: string; region?: string }) {
  const name = await resolveOption('name', flags.name);
  const region = await resolveOption('region', flags.region);
  return { name, region };
}`,
  },
  {
    // named like a read, but its body records a visit with a POST first: a write, then another call
    ...inFixtureProject,
    code: `
import { loadProfile, loadUser } from './lib/api';
export async function page(id: string) {
  const profile = await loadProfile(id);
  const user = await loadUser(id);
  return { profile, user };
}`,
  },

  // a subprocess that writes, then one that reads what it wrote
  `
import { execa } from 'execa';
async function release(version) {
  const { stdout: tagged } = await execa('git', ['tag', version]);
  const { stdout: described } = await execa('git', ['describe', '--tags']);
  return [tagged, described];
}`,
  // partial results a catch keeps, prompts, external code run, work that takes no time to wait for
  `
async function loadSecret(name, version) {
  const info = {};
  try {
    info.secret = await getSecret(name);
    info.version = await getSecretVersion(name, version);
  } catch (error) {
    if (error.status !== 404) throw error;
  }
  return info;
}`,
  `
async function setup() {
  const region = await promptOnce({ message: 'Region?' });
  const bucket = await promptOnce({ message: 'Bucket?' });
  return { region, bucket };
}`,
  `
async function build(config) {
  const files = await listConfigFiles(config.dir);
  const result = await callChild('run', config);
  return { files, result };
}`,
  `
function describe(user) {
  return \`\${user.name} <\${user.email}>\`;
}

async function cached(id) {
  return memo.get(id);
}

const memo = new Map();

async function card(user, id) {
  const label = await describe(user);
  const entry = await cached(id);
  return { label, entry };
}`,
  `
import { format } from 'prettier';

async function render(source, other) {
  const a = await format(source, { parser: 'typescript' });
  const b = await format(other, { parser: 'typescript' });
  return [a, b];
}`,

  // modules loading: mostly parse and evaluate, nothing worth a report on its own
  `
async function plugins() {
  const a = await import('./a.js');
  const b = await import('./b.js');
  return [a, b];
}`,
  `
async function analyse(manifestPath) {
  const manifest = (await import(manifestPath)).manifest;
  const config = (await load_config()).kit;
  const { run } = await import('./core/sync-all.js');
  return run(manifest, config);
}`,
  `
async function pages() {
  const { Server } = (await import('./server/index.js'));
  const sync = (await import('./sync.js')).sync;
  return [Server, sync];
}`,

  // ordered by what the calls do: a write then a read of the same thing, local bodies, transactions, one connection, prompts
  `
import Stripe from 'stripe';

const stripe = new Stripe(key);

async function capture(id) {
  const intent = await stripe.paymentIntents.capture(id);
  const balance = await stripe.balance.retrieve();
  return { intent, balance };
}`,
  `
import Redis from 'ioredis';

const redis = new Redis();

async function enqueue(job) {
  const length = await redis.lpush('jobs', job);
  const pending = await redis.lrange('jobs', 0, -1);
  return { length, pending };
}`,
  `
async function recordVote(pollId, choice) {
  return db.vote.create({ data: { pollId, choice } });
}

async function vote(pollId, choice) {
  const vote = await recordVote(pollId, choice);
  const count = await db.vote.count({ where: { pollId } });
  return { vote, count };
}`,
  `
import { test } from '@playwright/test';

test('reads after scrolling', async ({ page }) => {
  const before = await page.locator('.item').count();
  const scrolled = await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const after = await page.locator('.item').count();
  return [before, scrolled, after];
});`,
  `
async function signRequest(options) {
  options.headers = { authorization: await token() };
  return options.headers;
}

async function call(url, options) {
  const headers = await signRequest(options);
  const posts = await request(url, options);
  return { headers, posts };
}`,
  `
const seen = new Set();

async function crawl(url) {
  if (seen.has(url)) return null;
  seen.add(url);
  return fetchPage(url);
}

async function start() {
  const home = await crawl('/');
  const about = await crawl('/about');
  return [home, about];
}`,
  `
class Client {
  get headers() {
    return { authorization: \`Bearer \${this.token}\` };
  }

  async load() {
    this.token = await refresh();
    const me = await this.http.get('/me', { headers: this.headers });
    return me;
  }
}`,
  `
import readline from 'node:readline/promises';

const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
const ask = (question) => rl.question(question);

async function setup() {
  const name = await ask('name? ');
  const email = await ask('email? ');
  return { name, email };
}`,
  `
class TransfersService {
  @Transactional()
  async transfer(from, to) {
    const source = await this.accounts.findOne(from);
    const target = await this.accounts.findOne(to);
    return [source, target];
  }
}`,
  `
async function moveFunds(db, from, to) {
  const source = await db.account.findUnique({ where: { id: from } });
  const target = await db.account.findUnique({ where: { id: to } });
  return [source, target];
}

async function transfer(from, to) {
  return prisma.$transaction(tx => moveFunds(tx, from, to));
}`,
  `
async function summary(id, session) {
  const order = await Order.findById(id).session(session);
  const lines = await Line.find({ orderId: id }).session(session);
  return { order, lines };
}`,
  `
async function report(pool) {
  const client = await pool.connect();
  const totals = await client.query('SELECT sum(amount) FROM payments');
  const refunds = await client.query('SELECT sum(amount) FROM refunds');
  client.release();
  return { totals, refunds };
}`,
  `
async function dialog() {
  const name = await input({ message: 'Name?' });
  const color = await select({ message: 'Color?', choices });
  return { name, color };
}`,
  `
const priceCache = new Map();

async function getPrice(sku) {
  if (priceCache.has(sku)) return priceCache.get(sku);
  const price = await pricing.get(sku);
  priceCache.set(sku, price);
  return price;
}

async function refresh(sku) {
  const stock = await inventory.level(sku);
  priceCache.delete(sku);
  const price = await getPrice(sku);
  return { stock, price };
}`,

  // one await, or awaits that depend on each other
  `
async function one() {
  const a = await getA();
  return a;
}`,
  `
async function chain(id) {
  const user = await getUser(id);
  const org = await getOrg(user.orgId);
  return org;
}`,
  `
async function chain() {
  const { orgId } = await getUser();
  const org = await getOrg(orgId);
  return org;
}`,
  `
async function chain() {
  const [first] = await getUsers();
  const posts = await getPosts(first?.id);
  return posts;
}`,
  `
async function chain() {
  const user = await getUser();
  const posts = await getPosts(\`\${user.id}\`);
  return posts;
}`,
  `
async function chain() {
  const list = await getList();
  const more = await getMore(...list);
  return more;
}`,
  `
async function chain() {
  const client = await connectClient();
  const rows = await client.query('select 1');
  return rows;
}`,
  `
async function chain() {
  const api = await getApi();
  const user = await api.getUser();
  return user;
}`,
  `
async function chain() {
  const fn = await loadHandler();
  const result = await fn();
  return result;
}`,
  `
async function chain(x = 1) {
  const a = await getA();
  const b = await getB(({ y = a }) => y);
  return b;
}`,
  // a variable assigned inside a callback of the earlier call
  `
async function capture() {
  let value;
  const done = await subscribe(event => { value = event.value; });
  const next = await getNext(value);
  return [done, next];
}`,
  // a closure that reads what the earlier await wrote
  `
async function closure() {
  let token;
  const auth = () => ({ Authorization: token });
  token = await getToken();
  const data = await getData(auth());
  return data;
}`,
  // a closure that writes what the later await reads
  `
async function closure() {
  let session;
  async function refresh() { session = await getSession(); return true; }
  const ok = await refresh();
  const data = await getData(session);
  return [ok, data];
}`,
  // this.x written, then a method of this called
  `
class Store {
  async load() {
    this.config = await loadConfig();
    const data = await this.fetchData();
    return data;
  }
}`,
  `
async function load(state) {
  state.user = await getUser();
  const posts = await getPosts(state.user.id);
  return posts;
}`,
  `
async function load(state) {
  state.user = await getUser();
  const posts = await getPosts(state);
  return posts;
}`,
  // discarded results are ordered side effects
  `
async function write(dir) {
  await mkdir(dir);
  await writeFile(join(dir, 'a.txt'), 'a');
}`,
  `
async function ui(page) {
  await page.click('#load');
  const text = await page.textContent('#result');
  return text;
}`,
  `
async function discard() {
  const a = await getA();
  await refreshCache();
  const b = await getB();
  return [a, b];
}`,
  `
async function discard() {
  void await getA();
  const b = await getB();
  return b;
}`,
  // names that say they write or guard
  `
async function create(input) {
  const user = await db.user.create({ data: input });
  const post = await db.post.create({ data: input });
  return [user, post];
}`,
  `
async function save(repo, a, b) {
  const savedA = await repo.save(a);
  const savedB = await repo.save(b);
  return [savedA, savedB];
}`,
  `
async function write(db, rows) {
  const inserted = await db.insert(users).values(rows);
  const count = await db.select().from(users);
  return [inserted, count];
}`,
  `
async function mail(user) {
  const sent = await sendWelcomeEmail(user);
  const stats = await getStats();
  return [sent, stats];
}`,
  `
async function guard(id) {
  const admin = await requireAdmin(id);
  const secrets = await getSecrets();
  return [admin, secrets];
}`,
  `
async function guard(id) {
  const ok = await assertCanRead(id);
  const doc = await getDocument(id);
  return [ok, doc];
}`,
  `
async function upsert(id) {
  const row = await findOrCreateUser(id);
  const other = await getOther();
  return [row, other];
}`,
  `
async function post(url, body) {
  const created = await fetch(url, { method: 'POST', body });
  const list = await fetch(url);
  return [created, list];
}`,
  `
async function navigate(page) {
  const response = await page.goto('/home');
  const title = await page.title();
  return [response, title];
}`,
  `
async function timing() {
  const started = await sleep(100);
  const value = await getValue();
  return [started, value];
}`,
  // HTTP methods that write, passed as an argument
  `
async function pay(endpoint) {
  const payment = await apiRequest.call(this, 'POST', endpoint, { type: 'BALANCE' });
  const { environment } = await this.getCredentials('wise');
  return [payment, environment];
}`,
  `
async function remove(id) {
  const deleted = await request('DELETE', \`/items/\${id}\`);
  const items = await request('GET', '/items');
  return [deleted, items];
}`,
  // what real code taught: constructing, dispatching events, aborting guards
  `
async function resolve(wrapper) {
  const properties = await this.resolveProperties(wrapper);
  const instance = await this.instantiateClass(wrapper);
  return [properties, instance];
}`,
  `
async function generate(manager, prompts) {
  const runs = await manager.handleLLMStart(prompts);
  const cached = await cache.lookup(prompts);
  return [runs, cached];
}`,
  `
async function deploy(ctx, key) {
  const name = await deploymentNameFromKeyOrCrash(ctx, key);
  const url = await deriveUrl(ctx, key);
  return [name, url];
}`,
  // temporary resources
  `
async function convert(id) {
  const buffer = await getBinaryBuffer(id);
  const { path, cleanup } = await tmpPromise.file();
  return [buffer, path, cleanup];
}`,
  // a cache filled after a wait from what was read before it: started together, one update would be lost
  `
const counts = new Map<string, number>();
async function bump(key: string) {
  const n = counts.get(key) ?? 0;
  await store.save(key);
  counts.set(key, n + 1);
  return n;
}
export async function both() {
  const a = await bump('a');
  const b = await bump('b');
  return { a, b };
}`,
  // a helper that keeps its save in a variable as it returns it (`return (last = save(doc))`) still waits for the save
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

export async function onSubmit(doc: { id: string; body: string }) {
  const prefs = await settings.getPreferences();
  const preview = await previewOf(doc);
  return { prefs, preview };
}`,
  // a cache read after the helper waited: which call comes back first decides the numbers
  `
const lastNumber = new Map<string, number>();

async function loadSeries(prefix: string): Promise<{ start: number }> {
  const res = await fetch(\`/api/series/\${prefix}\`);
  return res.json();
}

async function nextNumber(prefix: string, label: string): Promise<string> {
  const series = await loadSeries(prefix);
  const n = (lastNumber.has(prefix) ? lastNumber.get(prefix)! : series.start) + 1;
  lastNumber.set(prefix, n);
  return \`\${label} \${prefix}-\${n}\`;
}

export async function numbersFor(prefix: string) {
  const invoice = await nextNumber(prefix, 'Invoice');
  const credit = await nextNumber(prefix, 'Credit note');
  return { invoice, credit };
}`,
  // a cache filled with an await inside the fill: a lost update
  `
const balances = new Map<string, number>();

async function fetchAmount(txId: string): Promise<number> {
  const res = await fetch(\`/api/transactions/\${txId}\`);
  return (await res.json()).amount;
}

async function loadRunningTotal(account: string, txId: string): Promise<number> {
  // running balance after this transaction
  return balances.set(account, (balances.get(account) ?? 0) + (await fetchAmount(txId))).get(account)!;
}

export async function replay(account: string, first: string, second: string) {
  const afterFirst = await loadRunningTotal(account, first);
  const afterSecond = await loadRunningTotal(account, second);
  return { afterFirst, afterSecond };
}`,
  // a name whose verb stores the query it is handed (Redash's createQuery) keeps its verb, whatever its SQL
  `
import { redash } from './redash-client';

export async function publishReport(name: string) {
  const created = await redash.createQuery({ name, query: 'SELECT date, count(*) FROM signups GROUP BY 1', data_source_id: 1 });
  const all = await redash.listQueries({ q: name });
  return { created, all };
}`,
  // a query job with a destination table writes it
  `
import { BigQuery } from '@google-cloud/bigquery';
const bigquery = new BigQuery();

export async function rebuildDailyAndRead(day: string) {
  const [job] = await bigquery.createQueryJob({
    query: 'SELECT user_id, SUM(amount) AS total FROM \`shop.orders\` GROUP BY user_id',
    destination: bigquery.dataset('shop').table('daily_totals'),
    writeDisposition: 'WRITE_TRUNCATE',
  });
  const [rows] = await bigquery.query({ query: 'SELECT * FROM \`shop.daily_totals\` ORDER BY total DESC LIMIT 10' });
  return { jobId: job.id, rows };
}`,
  // Cypher that pipes values WITH into a MATCH … SET writes
  `
import neo4j from 'neo4j-driver';
const driver = neo4j.driver('bolt://localhost', neo4j.auth.basic('u', 'p'));

export async function markAndCount(ids: string[]) {
  const marked = await driver.executeQuery('WITH $ids AS ids UNWIND ids AS id MATCH (p:Person {id: id}) SET p.seen = true RETURN count(p) AS n', { ids });
  const unseen = await driver.executeQuery('MATCH (p:Person) WHERE p.seen IS NULL RETURN count(p) AS n');
  return { marked: marked.records, unseen: unseen.records };
}`,
  // a download into a local file, then a read of that file
  `
import { Storage } from '@google-cloud/storage';
import { readFile } from 'node:fs/promises';
const storage = new Storage();

export async function pull(bucket: string, name: string, localFile: string) {
  const [res] = await storage.bucket(bucket).file(name).download({ destination: localFile });
  const text = await readFile(localFile, 'utf8');
  return { res, text };
}
export async function pull2(bucket: string, name: string, local: string) {
  const opts = { destination: local, validation: false };
  const res = await storage.bucket(bucket).file(name).download(opts);
  const text = await readFile(local, 'utf8');
  return { res, text };
}`,
  // a transaction a module of the project exports (kept in async local storage) is still one
  `
import { db } from './db';
import { tx } from './tx-context'; // AsyncLocalStorage-backed: the current request's transaction

export async function moveStock(from: string, to: string) {
  const source = await tx.stock.findUnique({ where: { id: from } });
  const target = await tx.stock.findUnique({ where: { id: to } });
  return { source, target };
}`,
  // a callback between members that changes the elements it is handed (`item.price = 0`): a later member gets them changed
  `
export async function checkout(cart: { items: { sku: string; price: number }[] }) {
  const quote = await pricing.quote(cart.items);
  cart.items.map(item => { item.price = 0; return item; });
  const stock = await inventory.check(cart.items);
  return { quote, stock };
}`,
  // a callback whose default value starts work
  `
export async function h(id: string, items: { url: string }[]) {
  const a = await api.getUser(id);
  const sizes = items.map(({ url }, _i, _a, size = queue.enqueue(url)) => size);
  const b = await api.getPosts(id);
  return { a, b, sizes };
}`,
  // a GraphQL mutation named kind first, as constants are (`MUTATION_UPDATE_USER`), then a query of the same API
  `
import { GraphQLClient } from 'graphql-request';
import { MUTATION_UPDATE_USER, QUERY_GET_PLAN } from './graphql';
const client = new GraphQLClient(process.env.API!);
export async function save(id: string, name: string) {
  const updated = await client.request(MUTATION_UPDATE_USER, { id, name });
  const plan = await client.request(QUERY_GET_PLAN, { id });
  return { updated, plan };
}`,
  // one connection runs one query at a time
  // a call handed a connection or a transaction works through it: one Home Assistant websocket, a pool client, a Knex transaction
  `
export async function snapshot(auth: unknown) {
  const conn = await createConnection({ auth });
  const states = await getStates(conn);
  const config = await getConfig(conn);
  return { states, config };
}`,
  `
export async function totals(pool: Pool, id: string) {
  const client = await pool.connect();
  try {
    const orders = await loadOrders(client, id);
    const refunds = await loadRefunds(client, id);
    return [orders, refunds];
  } finally {
    client.release();
  }
}`,
  `
export function transfer(knex: Knex) {
  return knex.transaction(async trx => {
    const from = await findAccount(trx, 1);
    const to = await findAccount(trx, 2);
    return [from, to];
  });
}`,
  // what a transaction handle gives without waiting works in its transaction: IndexedDB's object stores of one `tx`
  `
import { openDB } from 'idb';
export async function moveNote(noteId: string, folderId: string) {
  const db = await openDB('notes', 1);
  const tx = db.transaction(['notes', 'folders'], 'readwrite');
  const notes = tx.objectStore('notes');
  const folders = tx.objectStore('folders');
  const note = await notes.get(noteId);
  const folder = await folders.get(folderId);
  return { note, folder };
}`,
  // a statement in an option of a call whose name says query: an INSERT … SELECT writes
  `
import { BigQuery } from '@google-cloud/bigquery';
const bigquery = new BigQuery();
export async function archive(day: string) {
  const [job] = await bigquery.createQueryJob({ query: 'INSERT INTO archive SELECT * FROM events WHERE day = @day', params: { day } });
  const [meta] = await bigquery.dataset('analytics').table('archive').getMetadata();
  return { job, meta };
}`,
  `
class PostgresQueryRunner {
  async loadSchema() {
    const schema = await this.getCurrentSchema();
    const database = await this.getCurrentDatabase();
    return [schema, database];
  }
}`,
  `
async function tables(queryRunner) {
  const views = await queryRunner.query('select * from views');
  const indices = await queryRunner.query('select * from indices');
  return [views, indices];
}`,
  `
async function graph(session) {
  const nodes = await session.run('MATCH (n) RETURN n');
  const edges = await session.run('MATCH ()-[r]->() RETURN r');
  return [nodes, edges];
}`,
  // the same call twice observes itself
  `
async function cacheTest(client, key) {
  const first = await client.fetchQuery({ queryKey: key });
  const second = await client.fetchQuery({ queryKey: key });
  return first === second;
}`,
  // an object one operand calls a method on, and the other takes whole
  `
async function thumbnail(image) {
  const metadata = await image.metadata();
  const resized = await resize(image, 200);
  return [metadata, resized];
}`,
  `
async function configure(client) {
  const configured = await applyDefaults(client);
  const status = await client.status();
  return [configured, status];
}`,
  // stateful sources: iterators, streams, prompts
  `
async function iterate(iterator) {
  const first = await iterator.next();
  const second = await iterator.next();
  return [first, second];
}`,
  `
async function stream(reader) {
  const a = await reader.read();
  const b = await reader.read();
  return [a, b];
}`,
  `
async function ask(rl) {
  const name = await rl.question('Name? ');
  const age = await rl.question('Age? ');
  return { name, age };
}`,
  `
async function ask() {
  const name = await prompt({ message: 'Name?' });
  const sure = await confirm({ message: 'Sure?' });
  return { name, sure };
}`,
  // transactions and locks
  `
async function transfer(prisma) {
  await prisma.$transaction(async tx => {
    const from = await tx.account.findUnique({ where: { id: 1 } });
    const to = await tx.account.findUnique({ where: { id: 2 } });
    return [from, to];
  });
}`,
  `
async function transfer(knex) {
  return knex.transaction(async trx => {
    const a = await trx('accounts').where({ id: 1 });
    const b = await trx('accounts').where({ id: 2 });
    return [a, b];
  });
}`,
  `
async function report(trx: Knex.Transaction) {
  const a = await trx.raw('select 1');
  const b = await trx.raw('select 2');
  return [a, b];
}`,
  `
async function report(tx) {
  const a = await getA(tx);
  const b = await getB(tx);
  return [a, b];
}`,
  `
async function legacy(client) {
  await client.query('BEGIN');
  try {
    const a = await client.query('select 1');
    const b = await client.query('select 2');
    return [a, b];
  } finally {
    await client.query('COMMIT');
  }
}`,
  `
async function critical(mutex) {
  const release = await mutex.acquire();
  const a = await getA();
  const b = await getB();
  release();
  return [a, b];
}`,
  `
async function critical(mutex) {
  return mutex.runExclusive(async () => {
    const a = await getA();
    const b = await getB();
    return [a, b];
  });
}`,
  `
async function critical() {
  return navigator.locks.request('sync', async () => {
    const a = await getA();
    const b = await getB();
    return [a, b];
  });
}`,
  `
async function sequelize(User, Post, t) {
  const user = await User.findOne({ where: { id: 1 }, transaction: t });
  const post = await Post.findOne({ where: { id: 1 }, transaction: t });
  return [user, post];
}`,
  // promises already started: nothing to win
  `
async function started(pa, pb) {
  const a = await pa;
  const b = await pb;
  return [a, b];
}`,
  `
async function started(tasks) {
  const a = await tasks.a;
  const b = await getB();
  return [a, b];
}`,
  // conditional awaits
  `
async function conditional(cached) {
  const a = await getA();
  const b = cached ?? await getB();
  return [a, b];
}`,
  `
async function conditional(flag) {
  const a = flag ? await getA() : await getB();
  const c = await getC();
  return [a, c];
}`,
  `
async function conditional(flag) {
  const a = flag && await getA();
  const c = flag || await getC();
  return [a, c];
}`,
  `
async function conditional(obj) {
  const a = await getA();
  const b = obj?.load(await getB());
  return [a, b];
}`,
  `
async function conditional() {
  return await getA() ?? await getB();
}`,
  // different branches, functions and blocks are never grouped
  `
async function branches(flag) {
  if (flag) {
    const a = await getA();
    return a;
  } else {
    const b = await getB();
    return b;
  }
}`,
  `
async function blocks() {
  try {
    const a = await getA();
    use(a);
  } catch {}
  const b = await getB();
  return b;
}`,
  `
async function outer() {
  const a = await getA();
  const inner = async () => await getB();
  return [a, inner];
}`,
  // loops: awaits in different iterations are another rule's job
  `
async function loop(ids) {
  for (const id of ids) {
    const user = await getUser(id);
    show(user);
  }
}`,
  `
async function loop(stream) {
  const a = await getA();
  for await (const chunk of stream) use(chunk);
  const b = await getB();
  return [a, b];
}`,
  // code with effects between
  `
async function between() {
  const a = await getA();
  track('loaded a');
  const b = await getB();
  return [a, b];
}`,
  `
async function between() {
  const a = await getA();
  const size = a.length;
  const b = await getB();
  return [size, b];
}`,
  `
async function between() {
  let count = 0;
  const a = await getA();
  count++;
  const b = await getB(count);
  return [a, b];
}`,
  // a statement that does something with the awaited value ends the group after it
  `
async function push(list) {
  list.push(await getA());
  list.push(await getB());
}`,
  `
async function configure() {
  setConfig(await loadConfig());
  const data = await getData();
  return data;
}`,
  // code that runs before a hoisted await in its statement
  `
async function before() {
  const a = await getA();
  const b = compute(prepare(), await getB());
  return [a, b];
}`,
  // nested awaits: the outer one depends on the inner one
  `
async function inner() {
  const a = await getA(await getKey());
  const b = await getB();
  return [a, b];
}`,
  // resource management and generators
  `
async function resources() {
  await using handle = await openHandle();
  const b = await getB();
  return b;
}`,
  `
async function* generator() {
  const a = await getA();
  yield a;
  const b = await getB();
  yield b;
}`,
  // ignored callees end groups
  {
    code: `
async function load() {
  const a = await getA();
  const b = await legacy.getB();
  return [a, b];
}`,
    options: [{ ignoreCallees: ['legacy.**'] }],
  },
  {
    code: `
async function load() {
  const a = await getA();
  const b = await getB();
  return [a, b];
}`,
    options: [{ minGroupSize: 3 }],
  },
  {
    code: `
async function load() {
  const a = await getA();
  const b = await getB();
  return [a, b];
}`,
    options: [{ ignoreCallees: ['getA|getB'] }],
  },
  {
    code: `
async function warm(dir) {
  await prepare(dir);
  await fill(join(dir, 'x'));
}`,
    options: [{ groupDiscardedAwaits: true }],
  },
  // JavaScript and JSX through ESLint's default parser
  {
    ...javascript,
    code: `
async function chain() {
  const user = await getUser();
  const posts = await getPosts(user.id);
  return posts;
}`,
  },
  {
    ...jsx,
    code: `
export default async function Page() {
  const user = await getUser();
  return <Profile user={user} posts={await getPosts(user.id)} />;
}`,
  },
];

ruleTester.run('no-sequential-await', rule, { valid, invalid });

expectSuggestionsToSettle(invalid);
expectSuggestionsToExecute(
  invalid,
  new Map([
    ["case 'load':", 'takes a branch on a field of its argument, which a stub never equals'],
    ["dbTables = (await Promise.all(queries('table')))", 'awaits Promise.all over what a synchronous call returns, and a stub call is a promise'],
    ['while (running)', 'loops until a stub turns false, which it never does'],
    ["const { session } = require('electron');", 'a CommonJS require: the stub runtime loads ES modules (the case that imports Electron runs)'],
  ]),
);
