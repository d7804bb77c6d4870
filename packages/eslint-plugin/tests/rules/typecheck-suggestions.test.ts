import { Linter } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import { dialectOf, lintConfig } from '../../src/lint-config.js';

/**
 * Suggestions must type-check where the original did: each snippet compiles with no error as
 * written, and again after every suggestion the rule offers for it is applied.
 */
const PRELUDE = `
interface User { id: string; name: string; orgId: string }
interface Post { id: string; title: string }
type Settings = { theme: 'dark' | 'light' };
declare function getUser(id: string): Promise<User>;
declare function getPosts(id: string): Promise<Post[]>;
declare function getSettings(): Promise<Settings>;
declare function getCount(): Promise<number>;
declare function load<T>(key: string): Promise<T>;
declare function render(user: User, posts: Post[]): string;
`;

const SNIPPETS: Record<string, string> = {
  'annotated declarations become a tuple annotation': `
export async function page(id: string) {
  const user: User = await getUser(id);
  const posts: Post[] = await getPosts(id);
  return render(user, posts);
}`,
  'wider annotations stay wide': `
export async function page(id: string) {
  const user: User | null = await getUser(id);
  const count: number | undefined = await getCount();
  return [user, count] as const;
}`,
  'a generic call keeps its explicit type argument': `
export async function page() {
  const settings = await load<Settings>('settings');
  const user = await load<User>('user');
  return settings.theme + user.name;
}`,
  'partly annotated declarations keep their annotation': `
export async function page(id: string) {
  const user: User = await getUser(id);
  const posts = await getPosts(id);
  return render(user, posts);
}`,
  'let stays let, const stays const': `
export async function page(id: string) {
  const user = await getUser(id);
  let posts = await getPosts(id);
  posts = posts.slice(1);
  return render(user, posts);
}`,
  'nested awaits hoisted out of a return': `
export async function page(id: string) {
  return render(await getUser(id), await getPosts(id));
}`,
  'object literal with shorthand result': `
export async function page(id: string): Promise<{ user: User; settings: Settings }> {
  return { user: await getUser(id), settings: await getSettings() };
}`,
  'destructuring with defaults': `
export async function page(id: string) {
  const { name = 'anonymous' } = await getUser(id);
  const [first] = await getPosts(id);
  return name + (first?.title ?? '');
}`,
  'an arrow expression body becomes a block': `
export const page = async (id: string) => ({ user: await getUser(id), posts: await getPosts(id) });`,
  'an index loop maps over its indexes, its placeholder parameter unread': `
export async function users(ids: string[]) {
  const found: User[] = [];
  for (let i = 0; i < ids.length; i++) {
    const user = await getUser(ids[i]!);
    found.push(user);
  }
  return found;
}`,
  'an index loop from 1 maps over the indexes from 1': `
export async function renames(ids: string[]) {
  const names: string[] = [];
  for (let i = 1; i < ids.length; i++) {
    const before = await getUser(ids[i - 1]!);
    names.push(before.name + ids[i]!);
  }
  return names;
}`,
  'assignments to class fields': `
export class Store {
  user?: User;
  posts: Post[] = [];
  async load(id: string) {
    this.user = await getUser(id);
    this.posts = await getPosts(id);
  }
}`,
};

describe('suggestions type-check where the original did', () => {
  for (const [name, snippet] of Object.entries(SNIPPETS)) {
    it(name, () => {
      const code = PRELUDE + snippet;
      expect(typeErrors(code)).toEqual([]);
      const outputs = suggestionOutputs(code);
      expect(outputs.length).toBeGreaterThan(0);
      for (const output of outputs) expect(typeErrors(output), output).toEqual([]);
    });
  }
});

describe('the type check itself', () => {
  it('catches a type error and the annotated-pattern syntax error other tools emit', () => {
    expect(typeErrors(`${PRELUDE}\nexport const n: number = 'text';`)).toHaveLength(1);
    expect(typeErrors(`${PRELUDE}\nexport async function f() { const [user: User] = await Promise.all([getUser('a')]); return user; }`).length).toBeGreaterThan(
      0,
    );
  });
});

function suggestionOutputs(code: string): string[] {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    lintConfig({
      dialect: dialectOf('file.ts'),
      plugins: { gather: plugin },
      rules: { 'gather/no-sequential-await': 'error', 'gather/no-sequential-loop-await': 'error' },
    }),
    { filename: 'file.ts' },
  );
  return messages.flatMap(message =>
    (message.suggestions ?? []).map(suggestion => code.slice(0, suggestion.fix.range[0]) + suggestion.fix.text + code.slice(suggestion.fix.range[1])),
  );
}

function typeErrors(code: string): string[] {
  const fileName = '/virtual/file.ts';
  const options: ts.CompilerOptions = {
    strict: true,
    // a rewrite must not leave a name unread: projects build with these
    noUnusedLocals: true,
    noUnusedParameters: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ES2022,
    lib: ['lib.es2022.d.ts'],
    noEmit: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = file => (file === fileName ? code : readFile(file));
  host.fileExists = file => file === fileName || ts.sys.fileExists(file);
  host.getSourceFile = (file, languageVersion) =>
    file === fileName ? ts.createSourceFile(file, code, languageVersion, true) : getSourceFile(file, languageVersion);
  const program = ts.createProgram([fileName], options, host);
  return ts.getPreEmitDiagnostics(program).map(diagnostic => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}
