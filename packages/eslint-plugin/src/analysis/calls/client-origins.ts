/**
 * Where the object a call goes through came from: which variable (or `this` field) it is, the
 * dotted path of the call below it, and which library made it, if the file says so: an import
 * (`import Stripe from 'stripe'`), a constructor or factory of an import (`new Stripe(key)`,
 * `drizzle(pool)`, `DynamoDBDocumentClient.from(client)`), a `require`, a type annotation
 * (`private readonly stripe: Stripe`), or, failing all of those, a distinctive name (`prisma`).
 */
import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { getStaticPropertyName, isTypeWrapper, resolveVariable, skipTypeWrappers } from '../ast.js';
import { functionCalled, getNameOf, withoutSequence, type WorkStart } from '../called-names.js';
import { isInMemoryCollection } from '../function-summaries.js';
import type { LibraryEntry } from './libraries.js';

export interface CallOrigin {
  /** The identity of the object called through: a variable, `this.<field>`, `global:<name>`; null for a bare call. */
  readonly client: unknown;
  /** The path below the client, calls elided: `customers.retrieve`, `selectFrom.selectAll.execute`. */
  readonly path: readonly string[];
  /** The library that made the client, or null. */
  readonly library: LibraryEntry | null;
  /** The calls of the chain from the client outwards, the root call (`knex('users')`) included. */
  readonly chain: readonly WorkStart[];
  /** The identifier or `this` the chain starts from. */
  readonly rootNode: TSESTree.Identifier | TSESTree.ThisExpression | null;
  /** The variable the root identifier resolves to, if any. */
  readonly rootVariable: TSESLint.Scope.Variable | null;
}

/** A list of libraries with what it is asked of each file looked up by key: the first entry that has it, as a search in order finds. */
interface LibraryIndex {
  readonly entries: readonly LibraryEntry[];
  /** The entry of each module specifier met so far in the run (null for none). */
  readonly byModule: Map<string, LibraryEntry | null>;
  /** The entry each distinctive client name (`prisma`) and each type name (`Stripe`) belongs to. */
  readonly byName: ReadonlyMap<string, LibraryEntry>;
  readonly byType: ReadonlyMap<string, LibraryEntry>;
}

/** How many specifiers an index keeps before it starts again (a run meets the same few hundred). */
const MAX_INDEXED_SPECIFIERS = 10_000;

/** One index per list of libraries: a run lints every file with the same list (see `policyFor`). */
const LIBRARY_INDEXES = new WeakMap<readonly LibraryEntry[], LibraryIndex>();

function libraryIndexOf(entries: readonly LibraryEntry[]): LibraryIndex {
  let index = LIBRARY_INDEXES.get(entries);
  if (!index) {
    const byName = new Map<string, LibraryEntry>();
    const byType = new Map<string, LibraryEntry>();
    for (const entry of entries) {
      for (const name of entry.names ?? []) if (!byName.has(name)) byName.set(name, entry);
      for (const type of entry.types ?? []) if (!byType.has(type)) byType.set(type, entry);
    }
    index = { entries, byModule: new Map(), byName, byType };
    LIBRARY_INDEXES.set(entries, index);
  }
  return index;
}

export class ClientOrigins {
  readonly #scopeManager: TSESLint.Scope.ScopeManager;
  readonly #libraries: LibraryIndex;
  readonly #byVariable = new Map<TSESLint.Scope.Variable, LibraryEntry | null>();
  readonly #inProgress = new Set<TSESLint.Scope.Variable>();

  constructor(scopeManager: TSESLint.Scope.ScopeManager, libraries: readonly LibraryEntry[]) {
    this.#scopeManager = scopeManager;
    this.#libraries = libraryIndexOf(libraries);
  }

  originOf(start: WorkStart): CallOrigin {
    const segments: string[] = [];
    const chain: WorkStart[] = [];
    let current: TSESTree.Node = start;
    let rootNode: TSESTree.Identifier | TSESTree.ThisExpression | null = null;
    for (;;) {
      current = skipTypeWrappers(current);
      if (current.type === AST_NODE_TYPES.CallExpression || current.type === AST_NODE_TYPES.NewExpression) {
        chain.push(current);
        current = functionCalled(current);
      } else if (current.type === AST_NODE_TYPES.TaggedTemplateExpression) {
        chain.push(current);
        current = withoutSequence(current.tag);
      } else if (current.type === AST_NODE_TYPES.MemberExpression) {
        segments.push(getStaticPropertyName(current) ?? '[]');
        current = current.object;
      } else if (current.type === AST_NODE_TYPES.ImportExpression) {
        chain.push(current);
        break;
      } else {
        if (current.type === AST_NODE_TYPES.Identifier || current.type === AST_NODE_TYPES.ThisExpression) rootNode = current;
        break;
      }
    }
    segments.reverse();
    chain.reverse();
    if (rootNode === null) return { client: null, path: segments, library: null, chain, rootNode, rootVariable: null };
    if (rootNode.type === AST_NODE_TYPES.ThisExpression) {
      const field = segments[0];
      if (field === undefined) return { client: 'this', path: segments, library: null, chain, rootNode, rootVariable: null };
      return { client: `this.${field}`, path: segments.slice(1), library: this.#libraryOfThisField(rootNode, field), chain, rootNode, rootVariable: null };
    }
    const variable = this.#resolve(rootNode);
    const isBareCall = segments.length === 0 && chain[0]?.type === AST_NODE_TYPES.CallExpression && skipTypeWrappers(functionCalled(chain[0])) === rootNode;
    const library = variable ? this.#libraryOfVariable(variable) : null;
    const named = library ?? this.#libraryByName(rootNode.name);
    // a function imported by name (`readFile`, `generateText`) is its own path below the library
    const importedName = variable ? importedNameOf(variable) : null;
    // …and so is one whose result is chained on: `readFile(f).then(parse)` is `readFile.then`
    const callsRoot = chain[0]?.type === AST_NODE_TYPES.CallExpression && skipTypeWrappers(functionCalled(chain[0])) === rootNode;
    const path = segments.length === 0 || (importedName !== null && callsRoot) ? [importedName ?? rootNode.name, ...segments] : segments;
    const client = isBareCall && !named ? null : (variable ?? `global:${rootNode.name}`);
    return { client, path, library: named, chain, rootNode, rootVariable: variable };
  }

  /**
   * The module the value of a name was made from: its import, or the import its initializer
   * starts from (`new Counter(…)` with `Counter` from `prom-client`).
   */
  moduleBehind(identifier: TSESTree.Identifier): string | null {
    let variable = this.#resolve(identifier);
    for (let hops = 0; variable && hops < 4; hops++) {
      const module = moduleOf(variable);
      if (module !== null) return module;
      const def = variable.defs[0];
      if (def?.type !== TSESLint.Scope.DefinitionType.Variable || def.node.type !== AST_NODE_TYPES.VariableDeclarator || !def.node.init) return null;
      const head = headIdentifier(def.node.init);
      variable = head ? this.#resolve(head) : null;
    }
    return null;
  }

  resolve(identifier: TSESTree.Identifier): TSESLint.Scope.Variable | null {
    return this.#resolve(identifier);
  }

  #resolve(identifier: TSESTree.Identifier): TSESLint.Scope.Variable | null {
    return resolveVariable(identifier, this.#scopeManager);
  }

  /** The library of the module a specifier names (`@aws-sdk/client-s3` is AWS SDK v3). */
  libraryOfModule(specifier: string): LibraryEntry | null {
    const { entries, byModule } = this.#libraries;
    let known = byModule.get(specifier);
    if (known === undefined) {
      known = entries.find(entry => entry.modules.some(module => (module.endsWith('/') ? specifier.startsWith(module) : specifier === module))) ?? null;
      if (byModule.size >= MAX_INDEXED_SPECIFIERS) byModule.clear();
      byModule.set(specifier, known);
    }
    return known;
  }

  #libraryByName(name: string): LibraryEntry | null {
    return this.#libraries.byName.get(name) ?? null;
  }

  #libraryByType(annotation: TSESTree.TypeNode | undefined): LibraryEntry | null {
    if (annotation?.type !== AST_NODE_TYPES.TSTypeReference) return null;
    const typeName = annotation.typeName;
    const head = typeName.type === AST_NODE_TYPES.TSQualifiedName ? leftmost(typeName) : typeName.type === AST_NODE_TYPES.Identifier ? typeName : null;
    const last = typeName.type === AST_NODE_TYPES.TSQualifiedName ? typeName.right.name : typeName.type === AST_NODE_TYPES.Identifier ? typeName.name : null;
    if (head) {
      const variable = this.#resolve(head);
      const module = variable ? moduleOf(variable) : null;
      if (module !== null) return this.libraryOfModule(module);
    }
    return last === null ? null : (this.#libraries.byType.get(last) ?? null);
  }

  /** The library of a variable: its import, its initializer's head, or its type annotation. */
  #libraryOfVariable(variable: TSESLint.Scope.Variable): LibraryEntry | null {
    const known = this.#byVariable.get(variable);
    if (known !== undefined) return known;
    if (this.#inProgress.has(variable)) return null;
    this.#inProgress.add(variable);
    const found = this.#findLibraryOfVariable(variable);
    this.#inProgress.delete(variable);
    this.#byVariable.set(variable, found);
    return found;
  }

  #findLibraryOfVariable(variable: TSESLint.Scope.Variable): LibraryEntry | null {
    const module = moduleOf(variable);
    if (module !== null) return this.libraryOfModule(module);
    const def = variable.defs[0];
    if (!def) return null;
    const annotation = (def.name as TSESTree.Identifier).typeAnnotation?.typeAnnotation;
    const byType = this.#libraryByType(annotation);
    if (byType) return byType;
    if (def.type === TSESLint.Scope.DefinitionType.Variable && def.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.init) {
      const byInit = this.#libraryOfExpression(def.node.init);
      if (byInit || def.parent?.type !== AST_NODE_TYPES.VariableDeclaration || def.parent.kind === 'const' || !this.#isCacheLookup(def.node.init))
        return byInit;
      return this.#libraryOfLaterWrites(variable, def.node.init);
    }
    // `for (const row of rows)`: an element of a page's handles is one too
    const loop = def.parent?.parent;
    if (def.type === TSESLint.Scope.DefinitionType.Variable && loop?.type === AST_NODE_TYPES.ForOfStatement && loop.left === def.parent) {
      const library = this.#libraryOfExpression(loop.right);
      return library?.exclusive ? library : null;
    }
    return null;
  }

  /**
   * `let template = compiled.get(kind); if (!template) template = Handlebars.compile(source)`: a
   * variable that starts from a cache holds what is written to it after, when every such write
   * comes from the same library.
   */
  #libraryOfLaterWrites(variable: TSESLint.Scope.Variable, init: TSESTree.Expression): LibraryEntry | null {
    let found: LibraryEntry | null = null;
    for (const reference of variable.references) {
      const written = reference.writeExpr;
      if (!written || written === init) continue;
      const library = this.#libraryOfExpression(written);
      if (!library || (found && found !== library)) return null;
      found = library;
    }
    return found;
  }

  /** `cache.get(key)` on a `Map` or `Set` the file made: a lookup of what was stored before. */
  #isCacheLookup(expression: TSESTree.Expression): boolean {
    const call = skipTypeWrappers(expression);
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    const object = skipTypeWrappers(call.callee.object);
    if (getStaticPropertyName(call.callee) !== 'get' || object.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = this.#resolve(object);
    return variable !== null && isInMemoryCollection(variable);
  }

  /**
   * The library of what an expression makes: `new Stripe(key)`, `drizzle(pool)`, `Redis.fromEnv()`,
   * `client.db('app')`, `await pool.connect()`. What an awaited call returns is data, not a client
   * (`await s3.send(…)` gives a response, `await readFile(…)` text), unless it opens a connection.
   */
  #libraryOfExpression(expression: TSESTree.Node): LibraryEntry | null {
    // `promisify(exec)`, `promisify(client.get).bind(client)`: the same function, promising or bound;
    // it belongs to the library of what it wraps, not to `node:util`
    const inner = skipTypeWrappers(expression);
    if (inner.type === AST_NODE_TYPES.CallExpression) {
      const callee = skipTypeWrappers(inner.callee);
      if (callee.type === AST_NODE_TYPES.MemberExpression && getStaticPropertyName(callee) === 'bind') return this.#libraryOfExpression(callee.object);
      if (inner.arguments[0] && getNameOf(callee) === 'promisify') return this.#libraryOfExpression(inner.arguments[0]);
    }
    // `fs.readdirSync(dir).filter(…)`: what a synchronous call returns is data, not a client
    if (callsSynchronously(expression)) return null;
    const head = headIdentifier(expression);
    if (!head) return null;
    const variable = this.#resolve(head);
    const library = (variable ? this.#libraryOfVariable(variable) : null) ?? this.#libraryByName(head.name);
    const awaited = skipTypeWrappers(expression);
    if (awaited.type === AST_NODE_TYPES.AwaitExpression && !library?.exclusive) {
      // what a client's awaited method or a library's awaited function returns is data (`await
      // readFile(…)` is text), unless it opens a connection; a page's are handles to the page
      const call = skipTypeWrappers(awaited.argument);
      if (call.type === AST_NODE_TYPES.CallExpression) {
        const callee = skipTypeWrappers(call.callee);
        const name =
          callee.type === AST_NODE_TYPES.MemberExpression ? getStaticPropertyName(callee) : callee.type === AST_NODE_TYPES.Identifier ? callee.name : null;
        if (name !== null && !CLIENT_FACTORIES.test(name)) return null;
      }
    }
    return library;
  }

  /** `this.stripe`: a field declared with a type or initializer, or a constructor parameter property. */
  #libraryOfThisField(node: TSESTree.ThisExpression, field: string): LibraryEntry | null {
    const classBody = enclosingClassBody(node);
    if (classBody) {
      for (const member of classBody.body) {
        if (
          member.type === AST_NODE_TYPES.PropertyDefinition &&
          !member.computed &&
          member.key.type === AST_NODE_TYPES.Identifier &&
          member.key.name === field
        ) {
          const byType = this.#libraryByType(member.typeAnnotation?.typeAnnotation);
          if (byType) return byType;
          if (member.value) return this.#libraryOfExpression(member.value);
        }
        if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'constructor') {
          for (const param of member.value.params) {
            const target = param.type === AST_NODE_TYPES.TSParameterProperty ? param.parameter : null;
            if (target?.type === AST_NODE_TYPES.Identifier && target.name === field)
              return this.#libraryByType(target.typeAnnotation?.typeAnnotation) ?? this.#libraryByName(field);
          }
        }
      }
    }
    return this.#libraryByName(field);
  }
}

/** Methods whose awaited result is a client of the same library: a connection, a session, a sub-client. */
const CLIENT_FACTORIES =
  /^(?:connect|getConnection|acquire|startSession|create\w*Client|createPool|from\w*|duplicate|db|collection|getRepository|withSession|new[A-Z]\w*|launch\w*|connectOverCDP)$/;

function leftmost(name: TSESTree.TSQualifiedName): TSESTree.Identifier | null {
  let current: TSESTree.EntityName = name;
  while (current.type === AST_NODE_TYPES.TSQualifiedName) current = current.left;
  return current.type === AST_NODE_TYPES.Identifier ? current : null;
}

/** The identifier an expression's value comes from: `X` in `new X()`, `X()`, `await X.create()`, `X.y.z`, `require('m')` aside. */
function headIdentifier(expression: TSESTree.Node): TSESTree.Identifier | null {
  let current: TSESTree.Node = expression;
  for (let steps = 0; steps < 20; steps++) {
    if (isTypeWrapper(current) || current.type === AST_NODE_TYPES.ChainExpression || current.type === AST_NODE_TYPES.AwaitExpression)
      current = current.type === AST_NODE_TYPES.AwaitExpression ? current.argument : current.expression;
    else if (current.type === AST_NODE_TYPES.NewExpression || current.type === AST_NODE_TYPES.CallExpression) current = current.callee;
    else if (current.type === AST_NODE_TYPES.MemberExpression) current = current.object;
    else return current.type === AST_NODE_TYPES.Identifier ? current : null;
  }
  return null;
}

/** Whether a chain calls a method named as synchronous on the way to its value (`readdirSync`, `execSync`). */
function callsSynchronously(expression: TSESTree.Node): boolean {
  let current: TSESTree.Node = expression;
  for (let steps = 0; steps < 20; steps++) {
    current = skipTypeWrappers(current);
    if (current.type === AST_NODE_TYPES.CallExpression) {
      const callee = skipTypeWrappers(current.callee);
      if (callee.type === AST_NODE_TYPES.MemberExpression && /.Sync$/.test(getStaticPropertyName(callee) ?? '')) return true;
      current = callee;
    } else if (current.type === AST_NODE_TYPES.MemberExpression) current = current.object;
    else return false;
  }
  return false;
}

/** The module a variable was imported or required from, or null. */
export function moduleOf(variable: TSESLint.Scope.Variable): string | null {
  const def = variable.defs[0];
  if (!def) return null;
  if (def.type === TSESLint.Scope.DefinitionType.ImportBinding) {
    const declaration = def.parent;
    return declaration?.type === AST_NODE_TYPES.ImportDeclaration ? declaration.source.value : null;
  }
  if (def.type === TSESLint.Scope.DefinitionType.Variable && def.node.type === AST_NODE_TYPES.VariableDeclarator) {
    return requiredModule(def.node.init);
  }
  return null;
}

/** `require('m')`, `require('m').x`, `require('m')(options)`: the module, or null. */
function requiredModule(init: TSESTree.Expression | null): string | null {
  let current: TSESTree.Node | null = init;
  while (current) {
    if (current.type === AST_NODE_TYPES.AwaitExpression) current = current.argument;
    else if (current.type === AST_NODE_TYPES.MemberExpression) current = current.object;
    else if (current.type === AST_NODE_TYPES.CallExpression) {
      const callee: TSESTree.Node = current.callee;
      if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'require') {
        const source = current.arguments[0];
        return source?.type === AST_NODE_TYPES.Literal && typeof source.value === 'string' ? source.value : null;
      }
      current = callee;
    } else if (current.type === AST_NODE_TYPES.ImportExpression) {
      return current.source.type === AST_NODE_TYPES.Literal && typeof current.source.value === 'string' ? current.source.value : null;
    } else return null;
  }
  return null;
}

/** The exported name a binding imports (`readFile` for `import { readFile as rf }`), or null for default and namespace imports. */
function importedNameOf(variable: TSESLint.Scope.Variable): string | null {
  const def = variable.defs[0];
  if (!def) return null;
  if (def.type === TSESLint.Scope.DefinitionType.ImportBinding && def.node.type === AST_NODE_TYPES.ImportSpecifier) {
    return def.node.imported.type === AST_NODE_TYPES.Identifier ? def.node.imported.name : def.node.imported.value;
  }
  if (
    def.type === TSESLint.Scope.DefinitionType.Variable &&
    def.node.type === AST_NODE_TYPES.VariableDeclarator &&
    def.node.id.type === AST_NODE_TYPES.ObjectPattern
  ) {
    // const { readFile } = require('fs/promises')
    for (const property of def.node.id.properties) {
      if (property.type === AST_NODE_TYPES.Property && property.value === def.name && property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
    }
  }
  return null;
}

function enclosingClassBody(node: TSESTree.Node): TSESTree.ClassBody | null {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassBody) return current;
  }
  return null;
}
