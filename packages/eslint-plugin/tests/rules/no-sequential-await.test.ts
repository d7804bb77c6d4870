import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../src/rules/no-sequential-await.js';
import { group, javascript, jsx, tsx, type Invalid, type Valid } from './cases.js';
import { expectSuggestionsToSettle } from './settle.js';

const ruleTester = new RuleTester();

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
      group(2, 3, 16, `
async function load(id) {
  const [user, posts] = await Promise.all([getUser(id), getPosts(id)]);
  return { user, posts };
}`),
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
      group(3, 3, 16, `
async function load(id) {
  const [user, posts, settings] = await Promise.all([
    api.getUser(id),
    api.getPosts(id),
    api.getSettings(id),
  ]);
  return { user, posts, settings };
}`),
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
      group(2, 3, 11, `
async function load() {
  let [a, b] = await Promise.all([fetchA(), fetchB()]);
  a += b;
  return a;
}`),
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
      group(2, 3, 11, `
async function load() {
  var [a, b] = await Promise.all([fetchA(), fetchB()]);
  return a + b;
}`),
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
      group(2, 3, 26, `
async function load() {
  const [{ data: user }, [first, ...rest]] = await Promise.all([
    getUser(),
    getPosts(),
  ]);
  return { user, first, rest };
}`),
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
      group(2, 3, 31, `
async function load() {
  const [{ a = 1, b: { c } }, d] = await Promise.all([getA(), getD()]);
  return a + c + d;
}`),
    ],
  },
  {
    code: `
async function load() {
  const a = await fetchA(), b = await fetchB();
  return [a, b];
}`,
    errors: [
      group(2, 3, 13, `
async function load() {
  const [a, b] = await Promise.all([fetchA(), fetchB()]);
  return [a, b];
}`),
    ],
  },
  {
    code: `
const config = await readConfig();
const secrets = await readSecrets();
export { config, secrets };`,
    errors: [
      group(2, 2, 16, `
const [config, secrets] = await Promise.all([readConfig(), readSecrets()]);
export { config, secrets };`),
    ],
  },
  {
    code: `
export const config = await readConfig();
export const secrets = await readSecrets();`,
    errors: [
      group(2, 2, 23, `
export const [config, secrets] = await Promise.all([
  readConfig(),
  readSecrets(),
]);`),
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
      group(2, 3, 13, `
async function load() {
  const [a, b] = await Promise.all([new Loader('a'), new Loader('b')]);
  return [a, b];
}`),
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
      group(2, 3, 17, `
async function load() {
  const [users, posts] = await Promise.all([
    sql\`select * from users\`,
    sql\`select * from posts\`,
  ]);
  return { users, posts };
}`),
    ],
  },
  {
    code: `
async function plugins() {
  const a = await import('./a.js');
  const b = await import('./b.js');
  return [a, b];
}`,
    errors: [
      group(2, 3, 13, `
async function plugins() {
  const [a, b] = await Promise.all([import('./a.js'), import('./b.js')]);
  return [a, b];
}`),
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
      group(2, 3, 13, `
async function load() {
  const [a, b] = await Promise.all([getA().then(toA), getB()?.catch(ignore)]);
  return [a, b];
}`),
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
      group(2, 3, 13, `
async function load() {
  const [a, b] = await Promise.all([getA(), getB()]);
  const c = await getC(a);
  return [b, c];
}`),
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
      group(2, 4, 13, `
async function load() {
  const a = await getA();
  const [b, c] = await Promise.all([getB(a), getC()]);
  return [b, c];
}`),
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
      group(2, 3, 13, `
async function load() {
  const [a, b] = await Promise.all([getA(), getB()]);
  const c = await getC(a);
  const d = await getD();
  return [b, c, d];
}`),
      group(2, 5, 13, `
async function load() {
  const a = await getA();
  const b = await getB();
  const [c, d] = await Promise.all([getC(a), getD()]);
  return [b, c, d];
}`),
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
      group(2, 3, 22, `
async function load(id: string): Promise<Page> {
  const [user, posts]: [User, Post[]] = await Promise.all([
    getUser(id),
    getPosts(id),
  ]);
  return { user, posts };
}`),
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
      group(2, 3, 38, `
async function load() {
  const [{ data }, count]: [{ data: Item[] }, number | undefined] = await Promise.all([
    getItems(),
    getCount(),
  ]);
  return { data, count };
}`),
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
      group(2, 3, 22, `
async function load() {
  const [user2, posts] = await Promise.all([getUser(), getPosts()]);
  const user: User = user2;
  return { user, posts };
}`),
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
      group(2, 3, 13, `
async function load() {
  const [a, b2] = await Promise.all([fetchA(), fetchB()]);
  let b = b2;
  b += a;
  return b;
}`),
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
      group(2, 3, 16, `
async function load() {
  const [user, posts2] = await Promise.all([getUser<User>(), getPosts()]);
  const posts = posts2 as Post[];
  return { user, posts };
}`),
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
      group(2, 3, 16, `
async function load() {
  const [user, posts] = await Promise.all([getUser()!, getPosts()]);
  return { user, posts };
}`),
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
      group(2, 4, 16, `
type Row = { id: string };
async function load() {
  const [User, rows2] = await Promise.all([loadUserModel(), getRows()]);
  const rows: User[] = rows2;
  return [User, rows];
}`),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Reported: awaits nested in one expression, assignments, return
// ---------------------------------------------------------------------------------------------
const nested: Invalid[] = [
  {
    code: `
async function page() {
  return { user: await getUser(), posts: await getPosts() };
}`,
    errors: [
      group(2, 3, 18, `
async function page() {
  const [user, posts] = await Promise.all([getUser(), getPosts()]);
  return { user, posts };
}`),
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
      group(2, 3, 24, `
async function page() {
  const [user, posts] = await Promise.all([getUser(), getPosts()]);
  const view = { user, posts, title: 'Home' };
  return view;
}`),
    ],
  },
  {
    code: `
async function page() {
  render(await getUser(), await getPosts());
}`,
    errors: [
      group(2, 3, 10, `
async function page() {
  const [user, posts] = await Promise.all([getUser(), getPosts()]);
  render(user, posts);
}`),
    ],
  },
  {
    code: `
async function total() {
  return (await countA()) + (await countB());
}`,
    errors: [
      group(2, 3, 11, `
async function total() {
  const [countAResult, countBResult] = await Promise.all([countA(), countB()]);
  return countAResult + countBResult;
}`),
    ],
  },
  {
    code: `
async function label() {
  return \`\${await getFirst()} \${await getLast()}\`;
}`,
    errors: [
      group(2, 3, 13, `
async function label() {
  const [first, last] = await Promise.all([getFirst(), getLast()]);
  return \`\${first} \${last}\`;
}`),
    ],
  },
  {
    code: `
async function pair() {
  const both = [await getLeft(), await getRight()];
  return both;
}`,
    errors: [
      group(2, 3, 17, `
async function pair() {
  const [left, right] = await Promise.all([getLeft(), getRight()]);
  const both = [left, right];
  return both;
}`),
    ],
  },
  {
    code: `
async function make() {
  return new Report(await getSales(), await getCosts());
}`,
    errors: [
      group(2, 3, 21, `
async function make() {
  const [sales, costs] = await Promise.all([getSales(), getCosts()]);
  return new Report(sales, costs);
}`),
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
      group(2, 3, 18, `
async function names() {
  const [user, posts] = await Promise.all([getUser(), getPosts()]);
  const first = user.name;
  const count = posts.length;
  return { first, count };
}`),
    ],
  },
  {
    code: `
async function load() {
  const user = await getUser();
  return { user, posts: await getPosts() };
}`,
    errors: [
      group(2, 3, 16, `
async function load() {
  const [user, posts] = await Promise.all([getUser(), getPosts()]);
  return { user, posts };
}`),
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
      group(3, 3, 16, `
async function load() {
  const [user, posts, extra] = await Promise.all([
    getUser(),
    getPosts(),
    getExtra(),
  ]);
  return { user, posts, extra };
}`),
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
      group(2, 4, 17, `
class Store {
  async load() {
    [this.user, this.posts] = await Promise.all([
      this.api.getUser(),
      this.api.getPosts(),
    ]);
  }
}`),
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
      group(2, 4, 7, `
async function load() {
  let a, b;
  [a, b] = await Promise.all([getA(), getB()]);
  return a + b;
}`),
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
      group(2, 4, 13, `
async function load(state) {
  state.done = false
  ;[state.a, state.b] = await Promise.all([getA(), getB()])
}`),
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
      group(2, 3, 16, `
async function load(cache: Cache) {
  const [user, posts] = await Promise.all([getUser(), getPosts()]);
  cache.posts = posts;
  return user;
}`),
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
      group(2, 3, 15, `
async function log() {
  const [a, b] = await Promise.all([getA(), getB()]);
  console.log(a, b);
  const c = await getC();
  return c;
}`),
    ],
  },
  {
    code: `
const handler = async (id: string) => ({ user: await getUser(id), posts: await getPosts(id) });`,
    errors: [
      group(2, 2, 48, `
const handler = async (id: string) => {
  const [user, posts] = await Promise.all([getUser(id), getPosts(id)]);
  return { user, posts };
};`),
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
      group(2, 3, 16, `
async function load(id) {
  const [user, orders] = await Promise.all([getUser(id), getOrders(id)]);
  return orders.map(order => ({ ...order, user }));
}
async function other(user) {
  return { user: await getUser(user), posts: await getPosts(user) };
}`),
      group(2, 8, 18, `
async function load(id) {
  const user = await getUser(id);
  const orders = await getOrders(id);
  return orders.map(order => ({ ...order, user }));
}
async function other(user) {
  const [user2, posts] = await Promise.all([getUser(user), getPosts(user)]);
  return { user: user2, posts };
}`),
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
      group(2, 3, 25, `
export default async function Page({ id }: { id: string }) {
  const [user, posts] = await Promise.all([getUser(id), getPosts(id)]);
  return <Profile user={user} posts={posts} />;
}`),
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
      group(2, 3, 16, `
export default async function Page() {
  const [user, posts] = await Promise.all([getUser(), getPosts()]);
  return <Feed user={user} posts={posts} />;
}`),
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
      group(2, 3, 16, `
export default async function Page() {
  const [user, posts] = await Promise.all([getUser(), getPosts()]);
  return <Feed user={user} posts={posts} />;
}`),
    ],
  },
];

const invalid: Invalid[] = [...declarations, ...typescript, ...nested, ...jsxCases];

const valid: Valid[] = [
  `
async function one() {
  const a = await getA();
  return a;
}`,
];

ruleTester.run('no-sequential-await', rule, { valid, invalid });

expectSuggestionsToSettle(invalid);
