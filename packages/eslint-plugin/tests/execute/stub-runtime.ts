/**
 * Runs a snippet against instrumented async stubs on a virtual clock, so that the code as
 * written and as rewritten can be compared: what each entry point returned or threw, which calls
 * were made with which arguments, what was written to stub objects, and how long it took.
 *
 * Every name the snippet does not declare and the language does not define is a stub: calling it
 * records the call and returns a stub named after the call (`getUser(arg0)`) that can be used at
 * once, as a query builder can, and awaited, which takes one tick of the virtual clock (each
 * await of it does, like a lazy builder's `then`); reading a property gives a stub named by the
 * path (`db.user.findMany`); writing a property records the write. Time is virtual: a run's
 * duration is the number of ticks on its longest chain of awaited calls, so it is exact and
 * repeatable whatever the machine does.
 */
import { parseForESLint } from '@typescript-eslint/parser';
import ts from 'typescript';

/** What one run of a snippet did. */
export interface RunRecord {
  /** Per entry point, in order: `name -> value` or `name !! error message`. */
  readonly outcomes: readonly string[];
  /** Every call and `new` of a stub, with its arguments, sorted (order may change; the set may not). */
  readonly calls: readonly string[];
  /** Every property write or delete on a stub, sorted. */
  readonly writes: readonly string[];
  /**
   * In the order they happened: the calls whose results nobody awaited (`console.log(x)`,
   * `list.push(x)` on a stub) and the writes to stubs. A rewrite may start awaited work sooner,
   * but must keep these in order.
   */
  readonly orderedEffects: readonly string[];
  /** The last value written to each stub property, by path. */
  readonly finalState: Readonly<Record<string, string>>;
  /** Virtual ticks from start to the end of the last entry point. */
  readonly duration: number;
  /** Ticks of the awaited calls that ran, to tell a run that did nothing. */
  readonly awaitedCalls: number;
}

const TICK = 10;
const LABEL = Symbol('stub label');

/** The names a snippet sees from the language itself, not stubs. */
const REAL_GLOBALS = new Set([
  'Promise',
  'Object',
  'Array',
  'JSON',
  'Math',
  'Number',
  'String',
  'Boolean',
  'Symbol',
  'Error',
  'TypeError',
  'RangeError',
  'SyntaxError',
  'ReferenceError',
  'AggregateError',
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'Date',
  'RegExp',
  'BigInt',
  'Reflect',
  'Proxy',
  'parseInt',
  'parseFloat',
  'isNaN',
  'isFinite',
  'undefined',
  'NaN',
  'Infinity',
  'encodeURIComponent',
  'decodeURIComponent',
  'encodeURI',
  'decodeURI',
  'structuredClone',
  'globalThis',
  'Function',
  'Uint8Array',
  'ArrayBuffer',
  'TextEncoder',
  'TextDecoder',
  'URL',
  'URLSearchParams',
  'queueMicrotask',
]);

const ARRAY_METHODS = new Set(['map', 'forEach', 'filter', 'flatMap']);

/** Functions that make plain data: JSX elements (`React.createElement`, the automatic runtime's `jsx`). */
const PURE_FACTORIES = /^(?:React\.createElement|_?jsxs?|_?jsxDEV|h)$/;

function arrayMethod(name: string, items: unknown[], callback: (item: unknown, index: number) => unknown): unknown {
  if (typeof callback !== 'function') throw new TypeError(`${name} of a stub needs a function`);
  switch (name) {
    case 'map':
      return items.map(callback);
    case 'flatMap':
      return items.flatMap(callback);
    case 'filter':
      return items.filter(callback);
    default:
      items.forEach(callback);
      return undefined;
  }
}

class VirtualClock {
  now = 0;
  readonly #pending: { at: number; resolve: () => void }[] = [];

  after(ticks: number): Promise<void> {
    return new Promise(resolve => this.#pending.push({ at: this.now + ticks, resolve }));
  }

  /** Runs microtasks, then the next due timers, until `done` settled and nothing is pending. */
  async runUntil(done: Promise<unknown>): Promise<void> {
    let settled = false;
    done.then(
      () => (settled = true),
      () => (settled = true),
    );
    for (let steps = 0; steps < 100_000; steps++) {
      await new Promise(resolve => setImmediate(resolve));
      if (this.#pending.length === 0) {
        if (settled) return;
        throw new Error('the snippet waits for something that never happens');
      }
      const next = Math.min(...this.#pending.map(timer => timer.at));
      this.now = next;
      const due = this.#pending.filter(timer => timer.at === next);
      for (const timer of due) this.#pending.splice(this.#pending.indexOf(timer), 1);
      for (const timer of due) timer.resolve();
    }
    throw new Error('the snippet runs for too long');
  }
}

class StubWorld {
  readonly clock = new VirtualClock();
  readonly calls: string[] = [];
  readonly writes: string[] = [];
  /** Calls and writes in order, each with whether something awaited it. */
  readonly events: { readonly text: string; awaited: boolean }[] = [];
  /** The events of each call text: identical calls (the same builder twice) share a text. */
  readonly #eventsOf = new Map<string, { readonly text: string; awaited: boolean }[]>();
  readonly finalState: Record<string, string> = {};
  awaitedCalls = 0;
  readonly #byLabel = new Map<string, unknown>();

  /** How deep in `.then` callbacks the run is: calls made there belong to an awaited chain. */
  insideThen = 0;

  /** A call made on the result of another (`db.selectFrom(t).where(x)`): the chain it builds is awaited as a whole. */
  readonly #linkOf = new Map<string, string>();

  markAwaited(label: string): void {
    for (let current: string | undefined = label; current !== undefined; current = this.#linkOf.get(current)) {
      for (const event of this.#eventsOf.get(current) ?? []) event.awaited = true;
    }
  }

  /** Notes that `call` was made on what `receiverCall` returned. */
  link(call: string, receiverCall: string): void {
    if (this.#eventsOf.has(receiverCall)) this.#linkOf.set(call, receiverCall);
  }

  /** Notes a call in order; a later await of its result marks it awaited. */
  record(call: string): void {
    const event = { text: call, awaited: this.insideThen > 0 };
    this.events.push(event);
    const same = this.#eventsOf.get(call);
    if (same) same.push(event);
    else this.#eventsOf.set(call, [event]);
  }

  /**
   * The stub named `label`. An awaitable one (what `new` gives) can be used at once and also
   * awaited, which takes a tick (`await new Loader(url)`) and gives the plain stub.
   */
  stub(label: string, { awaitable = false } = {}): unknown {
    const key = awaitable ? `${label}\u0000awaitable` : label;
    const known = this.#byLabel.get(key);
    if (known) return known;
    const stored = new Map<PropertyKey, unknown>();

    const target = function () {} as unknown as Record<PropertyKey, unknown>;
    const world = this;
    const proxy: unknown = new Proxy(target, {
      get(_, key) {
        if (key === LABEL) return label;
        if (stored.has(key)) return stored.get(key);
        if (key === 'then') {
          if (!awaitable) return undefined;
          return (resolve: (value: unknown) => void) => {
            world.markAwaited(label);
            return world.clock.after(TICK).then(() => {
              world.awaitedCalls++;
              // a callback handed to `.then` runs as part of the awaited chain
              world.insideThen++;
              try {
                resolve(world.stub(label));
              } finally {
                world.insideThen--;
              }
            });
          };
        }
        if (key === 'constructor' || key === 'prototype') return undefined;
        // `f().catch(ignore)`: f's promise flows into a chain that is awaited in its place
        if (awaitable && (key === 'catch' || key === 'finally')) world.markAwaited(label);
        if (key === Symbol.toPrimitive) return (hint: string) => (hint === 'number' ? 2 : label);
        if (key === 'toJSON' || key === 'toString' || key === 'valueOf') return () => label;
        if (key === Symbol.iterator)
          return function* () {
            yield world.stub(`${label}[0]`);
            yield world.stub(`${label}[1]`);
          };
        if (key === Symbol.asyncIterator)
          return async function* () {
            yield world.stub(`${label}[0]`);
            yield world.stub(`${label}[1]`);
          };
        if (typeof key === 'symbol') return undefined;
        if (key === 'length') return 2;
        // `items[0]` is the item a loop over `items` gets first
        if (/^\d+$/.test(key)) return world.stub(`${label}[${key}]`);
        // a stub iterates as two stubs (`label[0]`, `label[1]`), and its array methods agree
        if (ARRAY_METHODS.has(key))
          return (callback: (item: unknown, index: number) => unknown) => arrayMethod(key, [world.stub(`${label}[0]`), world.stub(`${label}[1]`)], callback);
        return world.stub(`${label}.${key}`);
      },
      set(_, key, value) {
        const path = `${label}.${String(key)}`;
        const described = describe(value);
        world.writes.push(`${path} = ${described}`);
        world.events.push({ text: `${path} = ${described}`, awaited: false });
        world.finalState[path] = described;
        stored.set(key, value);
        return true;
      },
      deleteProperty(_, key) {
        const path = `${label}.${String(key)}`;
        world.writes.push(`delete ${path}`);
        world.finalState[path] = '<deleted>';
        stored.delete(key);
        return true;
      },
      has(_, key) {
        return stored.has(key);
      },
      ownKeys() {
        return [...Reflect.ownKeys(target).filter(key => key === 'prototype'), ...[...stored.keys()].filter(key => typeof key !== 'number')] as (
          string | symbol
        )[];
      },
      getOwnPropertyDescriptor(_, key) {
        if (key === 'prototype') return Reflect.getOwnPropertyDescriptor(target, key);
        return stored.has(key) ? { value: stored.get(key), enumerable: true, configurable: true, writable: true } : undefined;
      },
      apply(_, _thisArg, args: unknown[]) {
        const call = `${label}(${args.map(arg => describe(arg)).join(', ')})`;
        world.calls.push(call);
        // JSX elements are plain data: creating one is no effect, and it is not awaitable
        if (PURE_FACTORIES.test(label)) return world.stub(call);
        world.record(call);
        const receiver = label.slice(0, label.lastIndexOf('.'));
        if (receiver) world.link(call, receiver);
        // like a query builder or a lazy client call: usable at once (`db.selectFrom(t).selectAll()`), and awaitable
        return world.stub(call, { awaitable: true });
      },
      construct(_, args: unknown[]) {
        const call = `new ${label}(${args.map(arg => describe(arg)).join(', ')})`;
        world.calls.push(call);
        world.record(call);
        return world.stub(call, { awaitable: true }) as object;
      },
    });
    this.#byLabel.set(key, proxy);
    return proxy;
  }
}

function labelOf(value: unknown): string | undefined {
  if ((typeof value === 'function' || typeof value === 'object') && value !== null) {
    try {
      return (value as Record<symbol, string | undefined>)[LABEL];
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** A stable text for a value: stubs by their label, data structurally, functions and promises by kind. */
export function describe(value: unknown, depth = 0, seen = new Set<unknown>()): string {
  const label = labelOf(value);
  if (label !== undefined) return label;
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return 'function';
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? String(value);
  if (value instanceof Promise) return 'Promise';
  if (seen.has(value) || depth > 5) return '…';
  seen.add(value);
  if (Array.isArray(value)) return `[${value.map(item => describe(item, depth + 1, seen)).join(', ')}]`;
  if (value instanceof Map) return `Map{${[...value].map(([k, v]) => `${describe(k, depth + 1, seen)}: ${describe(v, depth + 1, seen)}`).join(', ')}}`;
  if (value instanceof Set) return `Set{${[...value].map(item => describe(item, depth + 1, seen)).join(', ')}}`;
  if (value instanceof Error) return `${value.name}(${value.message})`;
  const name = Object.getPrototypeOf(value)?.constructor?.name;
  const prefix = name && name !== 'Object' ? name : '';
  return `${prefix}{${Object.entries(value)
    .map(([key, item]) => `${key}: ${describe(item, depth + 1, seen)}`)
    .join(', ')}}`;
}

/** Names a snippet declares at its top level, with whether each is a class. */
function topLevelEntries(code: string, fileName: string): { name: string; isClass: boolean }[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, scriptKindOf(fileName));
  const entries: { name: string; isClass: boolean }[] = [];
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name && statement.body) entries.push({ name: statement.name.text, isClass: false });
    else if (ts.isClassDeclaration(statement) && statement.name) entries.push({ name: statement.name.text, isClass: true });
    else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const init = declaration.initializer;
        if (ts.isIdentifier(declaration.name) && init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) {
          entries.push({ name: declaration.name.text, isClass: false });
        }
      }
    }
  }
  return entries;
}

function scriptKindOf(fileName: string): ts.ScriptKind {
  if (fileName.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (fileName.endsWith('.jsx')) return ts.ScriptKind.JSX;
  if (/\.[mc]?js$/.test(fileName)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

/**
 * The snippet as a plain script: types stripped; imports dropped, so that the names they bound
 * become stubs; `export` dropped from declarations (`export default <expression>` is kept as
 * `const __default = …`); `import(x)` calls the stub `import`.
 */
function toScript(code: string, fileName: string): string {
  const toPlainScript: ts.TransformerFactory<ts.SourceFile> = context => source => {
    const { factory } = context;
    const visit = (node: ts.Node): ts.Node => {
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        return factory.createCallExpression(
          factory.createIdentifier('__import'),
          undefined,
          node.arguments.map(argument => ts.visitNode(argument, visit) as ts.Expression),
        );
      }
      return ts.visitEachChild(node, visit, context);
    };
    const statements: ts.Statement[] = [];
    for (const statement of source.statements) {
      if (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement) || ts.isImportEqualsDeclaration(statement)) continue;
      if (ts.isExportAssignment(statement)) {
        statements.push(
          factory.createVariableStatement(
            undefined,
            factory.createVariableDeclarationList(
              [factory.createVariableDeclaration('__default', undefined, undefined, ts.visitNode(statement.expression, visit) as ts.Expression)],
              ts.NodeFlags.Const,
            ),
          ),
        );
        continue;
      }
      const visited = ts.visitNode(statement, visit) as ts.Statement;
      statements.push(withoutExportModifiers(factory, visited));
    }
    return factory.updateSourceFile(source, statements);
  };
  const { outputText } = ts.transpileModule(code, {
    fileName,
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      jsx: ts.JsxEmit.React,
      experimentalDecorators: true,
      useDefineForClassFields: true,
      verbatimModuleSyntax: false,
    },
    transformers: { after: [toPlainScript] },
    reportDiagnostics: false,
  });
  return outputText;
}

function withoutExportModifiers(factory: ts.NodeFactory, statement: ts.Statement): ts.Statement {
  if (!ts.canHaveModifiers(statement)) return statement;
  const modifiers = ts.getModifiers(statement);
  if (!modifiers?.some(modifier => modifier.kind === ts.SyntaxKind.ExportKeyword)) return statement;
  const kept = modifiers.filter(modifier => modifier.kind !== ts.SyntaxKind.ExportKeyword && modifier.kind !== ts.SyntaxKind.DefaultKeyword);
  if (ts.isFunctionDeclaration(statement)) {
    return factory.updateFunctionDeclaration(
      statement,
      kept,
      statement.asteriskToken,
      statement.name ?? factory.createIdentifier('__default'),
      statement.typeParameters,
      statement.parameters,
      statement.type,
      statement.body,
    );
  }
  if (ts.isClassDeclaration(statement)) {
    const decorators = statement.modifiers?.filter(ts.isDecorator) ?? [];
    return factory.updateClassDeclaration(
      statement,
      [...decorators, ...kept],
      statement.name ?? factory.createIdentifier('__default'),
      statement.typeParameters,
      statement.heritageClauses,
      statement.members,
    );
  }
  if (ts.isVariableStatement(statement)) return factory.updateVariableStatement(statement, kept, statement.declarationList);
  return statement;
}

/** The names a script uses but neither declares nor gets from the language: each becomes a stub. */
function freeNames(script: string): string[] {
  const { scopeManager } = parseForESLint(`(async () => {\n${script}\n})`, { range: true, sourceType: 'script', ecmaVersion: 'latest' });
  const names = new Set<string>();
  for (const reference of scopeManager.globalScope!.through) names.add(reference.identifier.name);
  return [...names].filter(name => !REAL_GLOBALS.has(name) && !PROVIDED.has(name)).sort();
}

const PROVIDED = new Set(['module', 'exports', 'require', '__import', '__stub']);

type CompiledSnippet = (
  stub: (label: string) => unknown,
  module: { exports: unknown },
  importStub: unknown,
) => Promise<{
  readonly entries: Record<string, unknown>;
  readonly globals: Record<string, unknown>;
}>;

/** The snippet as an async function that declares its free names as stubs and returns its entries and their final values. */
function compile(code: string, fileName: string, entries: readonly { name: string }[]): CompiledSnippet {
  const script = toScript(code, fileName);
  const globals = freeNames(script);
  const prelude = globals.map(name => `let ${name} = __stub(${JSON.stringify(name)});`).join('\n');
  const entryObject = entries.map(({ name }) => `${JSON.stringify(name)}: ${name}`);
  const globalObject = globals.map(name => `${JSON.stringify(name)}: ${name}`);
  const source = `${prelude}\nconst exports = module.exports;\nreturn (async () => {\n${script}\n;return { entries: { ${entryObject.join(', ')} }, globals: { ${globalObject.join(', ')} } };\n})();`;
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the snippet under test, run on purpose
  return new Function('__stub', 'module', '__import', source) as CompiledSnippet;
}

/** Runs a snippet: its top level, then every top-level function, then every method of every top-level class. */
export async function runWithStubs(code: string, fileName = 'snippet.ts'): Promise<RunRecord> {
  const world = new StubWorld();
  const entries = topLevelEntries(code, fileName);
  const outcomes: string[] = [];
  const finalState = world.finalState;
  const run = async (): Promise<void> => {
    const module = { exports: {} as unknown };
    let declared: Awaited<ReturnType<CompiledSnippet>>;
    try {
      declared = await compile(code, fileName, entries)(label => world.stub(label), module, world.stub('import'));
      outcomes.push(`module -> ${describe(module.exports)}`);
    } catch (error) {
      outcomes.push(`module !! ${messageOf(error)}`);
      return;
    }
    // CommonJS: `module.exports = async function …` and `exports.load = async …`
    const exported = module.exports;
    if (typeof exported === 'function' && !entries.some(entry => declared.entries[entry.name] === exported)) {
      outcomes.push(
        await settle('module.exports', () => (exported as (...args: unknown[]) => unknown)(world.stub('arg0'), world.stub('arg1'), world.stub('arg2'))),
      );
    } else if (typeof exported === 'object' && exported !== null) {
      for (const [name, value] of Object.entries(exported)) {
        if (typeof value !== 'function' || entries.some(entry => declared.entries[entry.name] === value)) continue;
        outcomes.push(
          await settle(`exports.${name}`, () => (value as (...args: unknown[]) => unknown)(world.stub('arg0'), world.stub('arg1'), world.stub('arg2'))),
        );
      }
    }
    for (const entry of entries) {
      const value = declared.entries[entry.name];
      if (typeof value !== 'function') continue;
      if (!entry.isClass) {
        outcomes.push(
          await settle(entry.name, () =>
            (value as (...args: unknown[]) => unknown).call(world.stub('this'), world.stub('arg0'), world.stub('arg1'), world.stub('arg2')),
          ),
        );
        continue;
      }
      let instance: Record<string, unknown>;
      try {
        instance = new (value as new (...args: unknown[]) => Record<string, unknown>)(world.stub('arg0'), world.stub('arg1'));
      } catch (error) {
        outcomes.push(`new ${entry.name} !! ${messageOf(error)}`);
        continue;
      }
      // members the class does not define (an injected `this.api`) are stubs
      const self = new Proxy(instance, {
        get: (target, key, receiver) => (key in target || typeof key === 'symbol' ? Reflect.get(target, key, receiver) : world.stub(`this.${key}`)),
      });
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of Object.getOwnPropertyNames(prototype)) {
        const descriptor = Object.getOwnPropertyDescriptor(prototype, method);
        if (method === 'constructor' || typeof descriptor?.value !== 'function') continue;
        outcomes.push(
          await settle(`${entry.name}#${method}`, () =>
            (descriptor.value as (...args: unknown[]) => unknown).call(self, world.stub('arg0'), world.stub('arg1')),
          ),
        );
      }
      outcomes.push(`${entry.name} state -> ${describe(instance)}`);
    }
    for (const [name, value] of Object.entries(declared.globals)) {
      if (labelOf(value) !== name) finalState[name] = describe(value);
    }
  };
  await world.clock.runUntil(run());
  return {
    outcomes,
    calls: [...world.calls].sort(),
    writes: [...world.writes].sort(),
    orderedEffects: world.events.filter(event => !event.awaited).map(event => event.text),
    finalState,
    duration: world.clock.now,
    awaitedCalls: world.awaitedCalls,
  };
}

async function settle(name: string, call: () => unknown): Promise<string> {
  try {
    return `${name} -> ${describe(await call())}`;
  } catch (error) {
    return `${name} !! ${messageOf(error)}`;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : describe(error);
}
