/**
 * What an awaited call does (see `operation.ts`), judged by the best evidence the file offers,
 * in this order:
 *
 * 1. the `ignoreCallees` option (left alone: ordered);
 * 2. where it runs: through a transaction handle, one connection or session, or routed into one;
 * 3. the body of the local function it calls (`function-summaries.ts`);
 * 4. its arguments: a command object, a GraphQL document, SQL text, an HTTP route or method;
 * 5. the library its client comes from (`libraries.ts`);
 * 6. stateful reads by name (`next`, `question`, `pop`), temporary resources (`tmp.dir()`);
 * 7. the verbs of its called names (`verbs.ts`), the last call of a chain aside when it only
 *    runs what the chain built (`.execute()`, `.exec()`, `.first()`);
 * 8. otherwise an unknown read.
 */
import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { getStaticPropertyName, isFunctionNode, pushChildren, skipTypeWrappers } from '../ast.js';
import { getCalledName, getCalleePath, getWorkStart, splitWords, type WorkStart } from '../called-names.js';
import type { CalleeMatcher } from '../callee-patterns.js';
import { FunctionSummaries, isInMemoryCollection, localFunctionOf } from '../function-summaries.js';
import { importedNameOf } from '../modules/exported-functions.js';
import type { ImportedFunctions } from '../modules/imported-functions.js';
import { serialReason } from '../serial-contexts.js';
import { classifyByArguments, sourceKey, type ConstantResolver } from './arguments.js';
import { ClientOrigins, type CallOrigin } from './client-origins.js';
import { commandLineOf, isReadOnlyCommand } from './command-lines.js';
import type { CallLatency, LibraryEntry } from './libraries.js';
import { joinOperations, UNKNOWN_READ, strongerKind, type Operation, type OperationKind, type Resource } from './operation.js';
import { compilePathPattern, matchesPath, type PathPattern } from './path-patterns.js';
import { getVerbs, kindOfEffectVerb, STATEFUL_READ_NAMES, TERMINAL_NAMES } from './verbs.js';

export interface ClassifierPolicy {
  /** Lower-case verbs that make a call order-sensitive (the `effectVerbs` option). */
  readonly effectVerbs: ReadonlySet<string>;
  readonly isIgnoredCallee: CalleeMatcher;
  readonly libraries: readonly LibraryEntry[];
}

const STATEFUL_READS = new Set(STATEFUL_READ_NAMES);
const TABLE_CALLS = new Set([
  'from',
  'into',
  'table',
  'collection',
  'selectFrom',
  'insertInto',
  'updateTable',
  'deleteFrom',
  'mergeInto',
  'replaceInto',
  'insert',
  'update',
  'delete',
  'doc',
  'collectionGroup',
  'getRepository',
  'model',
]);
const TEMPORARY_RESOURCE = new Set(['tmp', 'temp', 'tempy', 'tmpdir']);
const BATCH_CALLS = new Set(['$transaction', 'batch', 'transaction']);
const PROMISE_CONTINUATIONS = new Set(['then', 'catch', 'finally']);

/** `p.then(…)`, `p.catch(…)`, `p.finally(…)`. */
function isContinuation(call: WorkStart): boolean {
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = skipTypeWrappers(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && PROMISE_CONTINUATIONS.has(getStaticPropertyName(callee) ?? '');
}

/** The path without the continuations at its end: `readFile(f).then(parse)` is judged as `readFile`. */
function withoutContinuations(origin: CallOrigin): readonly string[] {
  const { path, chain } = origin;
  let end = path.length;
  let call = chain.length - 1;
  while (end > 1 && call > 0 && PROMISE_CONTINUATIONS.has(path[end - 1]!) && isContinuation(chain[call]!)) {
    end--;
    call--;
  }
  return end === path.length ? path : path.slice(0, end);
}

/** Compiled patterns of a library entry, built once per entry object. */
const compiledEntries = new WeakMap<LibraryEntry, readonly (readonly [PathPattern, OperationKind, CallLatency | undefined])[]>();

function compiledCalls(entry: LibraryEntry): readonly (readonly [PathPattern, OperationKind, CallLatency | undefined])[] {
  let compiled = compiledEntries.get(entry);
  if (!compiled) {
    compiled = entry.calls.map(([pattern, kind, latency]) => [compilePathPattern(pattern, { ignoreCase: true }), kind, latency] as const);
    compiledEntries.set(entry, compiled);
  }
  return compiled;
}

export class CallClassifier {
  readonly #policy: ClassifierPolicy;
  readonly #origins: ClientOrigins;
  readonly #summaries: FunctionSummaries;
  readonly #scopeManager: TSESLint.Scope.ScopeManager;
  readonly #text: string;
  readonly #operations = new Map<WorkStart, Operation>();
  readonly #operationsApartFromConnection = new Map<WorkStart, Operation>();
  readonly #originCache = new Map<WorkStart, CallOrigin>();
  readonly #wordKinds = new Map<string, OperationKind | null>();
  readonly #callbackKinds = new Map<TSESTree.Node, OperationKind>();
  readonly #resolve: ConstantResolver;
  readonly #imports: ImportedFunctions | null;
  readonly #visitorKeys: TSESLint.SourceCode.VisitorKeys;

  constructor(
    scopeManager: TSESLint.Scope.ScopeManager,
    visitorKeys: TSESLint.SourceCode.VisitorKeys,
    text: string,
    policy: ClassifierPolicy,
    imports: ImportedFunctions | null = null,
  ) {
    this.#policy = policy;
    this.#imports = imports;
    this.#visitorKeys = visitorKeys;
    this.#scopeManager = scopeManager;
    this.#text = text;
    this.#origins = new ClientOrigins(scopeManager, policy.libraries);
    this.#summaries = new FunctionSummaries(
      start => this.classify(start),
      (start, connection) => this.classifyApartFromConnection(start, connection),
      start => this.originOf(start),
      identifier => this.#origins.resolve(identifier),
      visitorKeys,
    );
    this.#resolve = identifier => this.#constantValue(identifier);
  }

  /** The file's view of where values come from (imports, constructors), shared with the other analyses. */
  get origins(): ClientOrigins {
    return this.#origins;
  }

  originOf(start: WorkStart): CallOrigin {
    let origin = this.#originCache.get(start);
    if (!origin) {
      origin = this.#origins.originOf(start);
      this.#originCache.set(start, origin);
    }
    return origin;
  }

  /** What the call does; computed once per call. */
  classify(start: WorkStart): Operation {
    let operation = this.#operations.get(start);
    if (!operation) {
      operation = this.#judge(start);
      this.#operations.set(start, operation);
    }
    return operation;
  }

  /**
   * What the call does apart from the connection or transaction its client is: for the summary
   * of a function that opened that connection itself, which no other call shares. Routing calls
   * and transaction options still serialize it.
   */
  classifyApartFromConnection(start: WorkStart, connection: TSESLint.Scope.Variable): Operation {
    let operation = this.#operationsApartFromConnection.get(start);
    if (!operation) {
      operation = this.#judge(start, connection);
      this.#operationsApartFromConnection.set(start, operation);
    }
    return operation;
  }

  /** What the call does; `ownConnection` is a connection the calling function opened itself (see `classifyApartFromConnection`). */
  #judge(start: WorkStart, ownConnection: TSESLint.Scope.Variable | null = null): Operation {
    const operation = this.#judgeKind(start, ownConnection);
    // loading a module costs parse and evaluate, mostly; a lookup in a Map costs nothing to wait for
    if (start.type === AST_NODE_TYPES.ImportExpression) return { ...operation, latency: 'weak' };
    const origin = this.originOf(start);
    if (origin.rootVariable && isInMemoryCollection(origin.rootVariable)) return { ...operation, latency: 'none' };
    return operation;
  }

  /**
   * What the call does, and at least what the callbacks written inline in its arguments do:
   * `db.transaction(async tx => { … tx.update(…) })`, `retry(() => api.post(…))` run that work.
   */
  #judgeKind(start: WorkStart, ownConnection: TSESLint.Scope.Variable | null): Operation {
    const own = this.#judgeOwnKind(start, ownConnection);
    const handed = start.type === AST_NODE_TYPES.CallExpression ? this.#callbacksKind(start.arguments) : 'read';
    if (strongerKind(own.kind, handed) === own.kind) return own;
    return { ...own, kind: handed, reason: 'a callback it runs does work', known: false };
  }

  #judgeOwnKind(start: WorkStart, ownConnection: TSESLint.Scope.Variable | null): Operation {
    const origin = this.originOf(start);
    const resource = this.#resourceOf(start, origin);
    if (!this.#policy.isIgnoredCallee.isEmpty) {
      const path = getCalleePath(start);
      if (path !== null && this.#policy.isIgnoredCallee(path)) return { kind: 'ordered', resource, reason: 'ignoreCallees', known: true };
    }
    const serial = serialReason(start, origin, ownConnection, identifier => this.#origins.resolve(identifier));
    if (serial) return { kind: 'ordered', resource, reason: `runs serialized: ${serial}`, known: true };
    // `.catch(() => prisma.user.create(…))`, `.then(doc => doc.save())`: the work a continuation does is part of the call
    const continued = this.#continuationKind(origin);
    if (continued !== 'read') return { kind: continued, resource, reason: 'a continuation does work', known: false };

    // what a call is handed says what it does, even through a local helper (`cms(\`query { … }\`)`)
    const byArguments = classifyByArguments(start, this.#resolve, this.#text);
    if (byArguments)
      return {
        kind: byArguments.kind,
        resource: resource && byArguments.key !== null ? { client: resource.client, key: byArguments.key } : resource,
        reason: byArguments.reason,
        known: true,
      };

    const batch = this.#batchOf(start);
    if (batch) return { ...batch, resource };

    const local = localFunctionOf(start, origin);
    if (local) return this.#withName(this.#summaries.summaryOf(local), start, origin);
    const imported = this.#imports ? importedNameOf(start, origin.rootVariable) : null;
    const importedSummary = imported ? this.#imports!.operationOf(start, imported) : null;
    if (importedSummary) return this.#withName(importedSummary, start, origin);

    if (origin.library?.runsCommands) {
      const words = commandLineOf(start, this.#resolve);
      // a command reads the working tree, a registry, a cluster…: whatever an earlier write may have changed
      if (words && isReadOnlyCommand(words))
        return { kind: 'read', resource: null, reason: `${origin.library.name}: read-only command ${words.slice(0, 2).join(' ')}`, known: true };
    }

    if (origin.library) {
      const exclusive = origin.library.exclusive === true;
      const latency = origin.library.latency ? { latency: origin.library.latency } : {};
      const call = this.#pipelineOf(origin.library, origin.path) ?? this.#byLibrary(origin.library, withoutContinuations(origin));
      if (call)
        return {
          kind: call.kind,
          resource,
          reason: origin.library.name,
          known: true,
          exclusive,
          ...latency,
          ...(call.latency ? { latency: call.latency } : {}),
        };
      if (origin.library.otherwise !== 'words')
        return { kind: origin.library.otherwise, resource, reason: origin.library.name, known: true, exclusive, ...latency };
      const byWords = this.#byWords(start, origin);
      if (exclusive) return { kind: byWords ?? 'read', resource, reason: origin.library.name, known: byWords !== null, exclusive, ...latency };
      // a known client's call named by an effect (`prisma.user.upsert`, `knex('t').insert`) does it; what
      // else it touches the name does not say (a nested create, a cascading delete): the whole client
      // it is proven to do that, so a summary of a body that makes the call knows it; but not known
      // enough to let reads through other clients run beside it (a cascade, another client of one API)
      if (byWords)
        return {
          kind: byWords,
          resource: resource && { client: resource.client, key: null },
          reason: `${origin.library.name}: verb`,
          known: false,
          provenKind: byWords,
          ...latency,
        };
    }

    const calledName = getCalledName(start);
    if (calledName !== null && STATEFUL_READS.has(calledName)) return { kind: 'ordered', resource, reason: `stateful read ${calledName}`, known: true };
    if (origin.rootNode?.type === AST_NODE_TYPES.Identifier && splitWords(origin.rootNode.name).some(word => TEMPORARY_RESOURCE.has(word))) {
      return { kind: 'ordered', resource, reason: 'temporary resource', known: true };
    }
    const byWords = this.#byWords(start, origin);
    if (byWords) return { kind: byWords, resource, reason: 'verb', known: false };
    return resource === null ? UNKNOWN_READ : { ...UNKNOWN_READ, resource };
  }

  /** What a function's body does, or, when its body calls what nothing describes, what its name says if that is stronger. */
  #withName(summary: Operation, start: WorkStart, origin: CallOrigin): Operation {
    const byName = this.#byWords(start, origin);
    // a name that says guard is kept whatever the body shows: a check may refuse in ways no call shows (\`throw new TRPCError(…)\`)
    if (byName === 'guard' && summary.kind === 'read') return { ...summary, kind: 'guard', reason: 'name of a guard' };
    // a check that also writes may start neither first nor last
    if (byName === 'guard' && summary.kind === 'write') return { ...summary, kind: 'ordered', reason: 'a guard that writes' };
    if (summary.known) return summary;
    return byName && strongerKind(byName, summary.kind) !== summary.kind ? { ...summary, kind: byName, reason: `name of a function`, known: false } : summary;
  }

  /** What calling a function defined in this file does, read from its body (see `function-summaries.ts`). */
  summaryOf(fn: TSESTree.FunctionLike): Operation {
    return this.#summaries.summaryOf(fn);
  }

  /**
   * `prisma.$transaction([a, b])`, `db.batch([a, b])`: a batch of calls that are not awaited on
   * their own does what its calls do together (reads only: a read).
   */
  #batchOf(start: WorkStart): Omit<Operation, 'resource'> | null {
    if (start.type !== AST_NODE_TYPES.CallExpression || start.arguments.length === 0) return null;
    const name = getCalledName(start);
    const list = skipTypeWrappers(start.arguments[0]!);
    if (name === null || !BATCH_CALLS.has(name) || list.type !== AST_NODE_TYPES.ArrayExpression || list.elements.length === 0) return null;
    const parts: Operation[] = [];
    for (const element of list.elements) {
      const call = element ? getWorkStart(element) : null;
      if (!call) return null;
      parts.push(this.classify(call));
    }
    const joined = joinOperations(parts, `batch of ${parts.length}`);
    return { kind: joined.kind === 'read' ? 'read' : 'ordered', reason: joined.reason, known: joined.known };
  }

  #byLibrary(entry: LibraryEntry, path: readonly string[]): { kind: OperationKind; latency: CallLatency | undefined } | null {
    for (const [pattern, kind, latency] of compiledCalls(entry)) if (matchesPath(pattern, path)) return { kind, latency };
    return null;
  }

  /**
   * `redis.pipeline().hget(k, f).ttl(k).exec()`: a pipeline does what its queued commands do
   * together (reads only: a read); a command the library does not call a read makes it a write.
   */
  #pipelineOf(entry: LibraryEntry, path: readonly string[]): { kind: OperationKind; latency: CallLatency | undefined } | null {
    const start = path.indexOf('pipeline');
    if (start === -1 || path.at(-1) !== 'exec' || path.length - start < 3) return null;
    let kind: OperationKind = 'read';
    for (const command of path.slice(start + 1, -1)) {
      // a command the library does not name is what the library does otherwise
      const judged = this.#byLibrary(entry, [command])?.kind ?? (entry.otherwise === 'words' ? 'write' : entry.otherwise);
      kind = strongerKind(kind, judged);
    }
    return { kind, latency: undefined };
  }

  /**
   * What the continuations of a chain do (`.then(doc => doc.save())`, `.catch(() => db.create(…))`,
   * `.then(saveEmbedding)`): the strongest kind of the calls their callbacks make, judged like any
   * call, and of the functions they are handed by name. With no continuation, or only computing
   * ones (`.then(text => JSON.parse(text))`), a read: the call is what the rest of the chain is.
   */
  #continuationKind(origin: CallOrigin): OperationKind {
    let kind: OperationKind = 'read';
    for (const call of origin.chain) {
      if (!isContinuation(call) || call.type !== AST_NODE_TYPES.CallExpression) continue;
      kind = strongerKind(kind, this.#callbacksKind(call.arguments));
      for (const argument of call.arguments) {
        const value = skipTypeWrappers(argument);
        const name =
          value.type === AST_NODE_TYPES.Identifier ? value.name : value.type === AST_NODE_TYPES.MemberExpression ? getStaticPropertyName(value) : null;
        const byName = name === null ? null : this.#kindOfName(name);
        if (byName) kind = strongerKind(kind, byName);
      }
    }
    return kind;
  }

  /** The strongest kind of the calls made by the functions written inline among `args`, judged like any call; a read when there are none. */
  #callbacksKind(args: readonly TSESTree.CallExpressionArgument[]): OperationKind {
    let kind: OperationKind = 'read';
    for (const argument of args) {
      const value = skipTypeWrappers(argument);
      if (value.type === AST_NODE_TYPES.ArrowFunctionExpression || value.type === AST_NODE_TYPES.FunctionExpression)
        kind = strongerKind(kind, this.#callbackKind(value));
    }
    return kind;
  }

  /**
   * What the calls of one callback's body do, computed once per callback. A function written
   * inside it counts where a call it is handed to counts it (so each body is walked once); one
   * only defined there is not run by the callback.
   */
  #callbackKind(callback: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression): OperationKind {
    let kind = this.#callbackKinds.get(callback);
    if (kind !== undefined) return kind;
    kind = 'read';
    // a callback that reaches itself again (through a summary) is read while it is judged
    this.#callbackKinds.set(callback, kind);
    const pending: TSESTree.Node[] = [callback.body];
    while (pending.length > 0) {
      const node = pending.pop()!;
      if (isFunctionNode(node)) continue;
      const start = getWorkStart(node);
      if (start === node) kind = strongerKind(kind, this.classify(start).kind);
      pushChildren(node, this.#visitorKeys, pending);
    }
    this.#callbackKinds.set(callback, kind);
    return kind;
  }

  /** The strongest kind the verbs of the chain's called names give, or null when none is an effect verb. */
  #byWords(start: WorkStart, origin: CallOrigin): OperationKind | null {
    const chain = origin.chain.length > 0 ? origin.chain : [start];
    let kind: OperationKind | null = null;
    chain.forEach((call, index) => {
      const name = getCalledName(call);
      if (name === null) return;
      if (index === chain.length - 1 && chain.length > 1 && TERMINAL_NAMES.has(name)) return;
      const found = this.#kindOfName(name);
      if (found) kind = kind === null ? found : strongerKind(kind, found);
    });
    return kind;
  }

  #kindOfName(name: string): OperationKind | null {
    let known = this.#wordKinds.get(name);
    if (known === undefined) {
      const verb = getVerbs(name).find(candidate => this.#policy.effectVerbs.has(candidate));
      known = verb === undefined ? null : kindOfEffectVerb(verb);
      this.#wordKinds.set(name, known);
    }
    return known;
  }

  /** What the call addresses: its client, and the table, key or model its library says it names. */
  #resourceOf(start: WorkStart, origin: CallOrigin): Resource | null {
    const library = origin.library;
    if (library?.resource === 'library') return { client: `library:${library.name}`, key: null };
    if (origin.client === null) return null;
    if (!library) return { client: origin.client, key: null };
    switch (library.resource) {
      case 'segment':
        return { client: origin.client, key: origin.path.length > 1 ? origin.path[0]! : null };
      case 'argument': {
        const first = start.type === AST_NODE_TYPES.CallExpression ? start.arguments[0] : undefined;
        return { client: origin.client, key: first ? sourceKey(first, this.#text) : null };
      }
      case 'table':
        return { client: origin.client, key: this.#tableOf(origin) };
      default:
        return { client: origin.client, key: null };
    }
  }

  /** The table or collection a chain names: `knex('users')`, `.from(users)`, `.selectFrom('users')`, `.collection('users')`. */
  #tableOf(origin: CallOrigin): string | null {
    for (const call of origin.chain) {
      if (call.type !== AST_NODE_TYPES.CallExpression) continue;
      const name = getCalledName(call);
      const isRootCall = skipTypeWrappers(call.callee) === origin.rootNode;
      const first = call.arguments[0];
      if (first && (isRootCall || (name !== null && TABLE_CALLS.has(name)))) return sourceKey(first, this.#text);
    }
    return null;
  }

  /** The initializer of a `const` that an identifier names, when it has exactly one. */
  #constantValue(identifier: TSESTree.Identifier): TSESTree.Expression | null {
    let scope: TSESLint.Scope.Scope | null = null;
    for (let current: TSESTree.Node | undefined = identifier; current && !scope; current = current.parent) scope = this.#scopeManager.acquire(current, true);
    for (let current = scope ?? this.#scopeManager.globalScope; current; current = current.upper) {
      const variable = current.set.get(identifier.name);
      if (!variable) continue;
      const def = variable.defs[0];
      if (variable.defs.length !== 1 || def?.type !== TSESLint.Scope.DefinitionType.Variable || def.node.type !== AST_NODE_TYPES.VariableDeclarator)
        return null;
      if (def.parent?.type !== AST_NODE_TYPES.VariableDeclaration || def.parent.kind !== 'const' || def.node.id !== def.name) return null;
      return def.node.init;
    }
    return null;
  }
}
