import * as eslintScope from 'eslint-scope';
import * as espree from 'espree';
import { describe, expect, it } from 'vitest';

import { parseJavaScriptModule } from '../../../src/analysis/modules/javascript-modules.js';

/** The scopes as ESLint makes them for a JavaScript file: eslint-scope walking espree's visitor keys. */
function eslintScopes(text: string, sourceType: 'module' | 'commonjs'): eslintScope.ScopeManager {
  const ecmaFeatures = { jsx: true, globalReturn: sourceType === 'commonjs' };
  const ast = espree.parse(text, { ecmaVersion: 'latest', sourceType, ecmaFeatures, range: true });
  return eslintScope.analyze(ast as never, {
    ignoreEval: true,
    nodejsScope: ecmaFeatures.globalReturn,
    ecmaVersion: espree.latestEcmaVersion,
    sourceType,
    childVisitorKeys: espree.VisitorKeys,
    jsx: true,
  });
}

interface ScopeLike {
  readonly scopes: readonly {
    type: string;
    block: { range?: [number, number] };
    isStrict: boolean;
    variables: readonly {
      name: string;
      defs: readonly { type: string; name: { range?: [number, number] } }[];
      references: readonly { identifier: { range?: [number, number] } }[];
    }[];
    references: readonly {
      identifier: { name: string; range?: [number, number] };
      isRead(): boolean;
      isWrite(): boolean;
      resolved: { name: string; scope: { block: { range?: [number, number] } } } | null;
    }[];
    through: readonly unknown[];
  }[];
}

/** Every scope, variable and reference, with what each resolves to, as text to compare. */
function describeScopes(manager: ScopeLike): string[] {
  return manager.scopes.flatMap(scope => [
    `scope ${scope.type} ${String(scope.block.range)} strict=${scope.isStrict} through=${scope.through.length}`,
    ...scope.variables.map(
      variable =>
        `  var ${variable.name} defs=${variable.defs.map(def => `${def.type}@${String(def.name.range)}`).join(',')} refs=${variable.references.map(ref => String(ref.identifier.range)).join(',')}`,
    ),
    ...scope.references.map(
      ref =>
        `  ref ${ref.identifier.name}@${String(ref.identifier.range)} ${ref.isRead() ? 'r' : ''}${ref.isWrite() ? 'w' : ''} -> ${ref.resolved ? `${ref.resolved.name}@${String(ref.resolved.scope.block.range)}` : 'global'}`,
    ),
  ]);
}

const MODERN_MODULE = `
import data from './data.json' with { type: 'json' };
import * as ns from './ns.js';
export const label = 'x';
let counter = 0;
export class Store {
  #items = new Map();
  static #instances = 0;
  ready = load(label);
  static { Store.#instances += counter; }
  get size() { return this.#items.size; }
  async put(key, { value = data.fallback, ...rest } = {}) {
    this.#items.set(key, value ?? rest);
    counter++;
    return ns.save?.(key)?.then(result => result.id);
  }
}
export async function load(name, ...more) {
  outer: for (const [index, item] of more.entries()) {
    for (const part of item) if (part === name) continue outer;
    counter += index;
  }
  const view = <Panel.Body title={name} {...data}><ns.Icon />{label}<>{counter}</></Panel.Body>;
  try { return await fetch(\`/\${name}\`); } catch { return view; } finally { counter--; }
}
const { a = 1, b: [c, d = a] = [] } = await import('./late.js');
export default () => a + c + d;
`;

const COMMONJS_MODULE = `
const { readFile } = require('node:fs/promises');
let cached;
async function read(path) {
  cached ??= await readFile(path, 'utf8');
  return cached;
}
module.exports = { read, names: [].concat(arguments.length) };
return;
`;

describe('parseJavaScriptModule', () => {
  it('gives the scopes ESLint gives a JavaScript file: modern syntax and JSX', () => {
    const parsed = parseJavaScriptModule(MODERN_MODULE, '/project/store.js');
    expect(parsed).not.toBeNull();
    const mine = describeScopes(parsed!.scopeManager);
    expect(mine).toEqual(describeScopes(eslintScopes(MODERN_MODULE, 'module') as unknown as ScopeLike));
    // the comparison compares something: the class, the functions, the loops and the JSX are there
    expect(mine.filter(line => line.startsWith('scope')).length).toBeGreaterThan(10);
    expect(mine.some(line => line.includes('ref Panel@'))).toBe(true);
  });

  it('gives the scopes ESLint gives a CommonJS file', () => {
    const parsed = parseJavaScriptModule(COMMONJS_MODULE, '/project/read.cjs');
    expect(parsed).not.toBeNull();
    expect(describeScopes(parsed!.scopeManager as unknown as ScopeLike)).toEqual(
      describeScopes(eslintScopes(COMMONJS_MODULE, 'commonjs') as unknown as ScopeLike),
    );
  });

  it.each([
    ['import(path, options)', `const kind = 'json';\nexport const load = path => import(path, { with: { type: kind } });\n`],
    ['a comment before its parenthesis', `const kind = 'json';\nexport const load = path => import /* schema */ (path, { with: { type: kind } });\n`],
    ['a line comment before its parenthesis', `const kind = 'json';\nexport const load = path => import // schema\n  (path, { with: { type: kind } });\n`],
  ])('gives the scopes ESLint gives a module whose dynamic import reads a variable in its options: %s', (_, text) => {
    const parsed = parseJavaScriptModule(text, '/project/load.js');
    expect(parsed).not.toBeNull();
    const mine = describeScopes(parsed!.scopeManager);
    expect(mine).toEqual(describeScopes(eslintScopes(text, 'module') as unknown as ScopeLike));
    // eslint-scope's own keys skip import()'s options: the read of kind there must be found
    expect(mine.filter(line => /ref kind@\S+ r ->/.test(line))).toHaveLength(1);
  });

  it('leaves what espree cannot parse to the caller', () => {
    expect(parseJavaScriptModule('const x: number = 1;', '/project/flow.js')).toBeNull();
  });
});
