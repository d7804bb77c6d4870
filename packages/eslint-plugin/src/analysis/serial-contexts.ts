/**
 * Where calls must run one at a time whatever they do: inside a transaction, through one
 * connection or session, under a lock. Running them together wins nothing (one connection runs
 * one query at a time) and often breaks things (Prisma, Mongoose and the MongoDB driver call
 * `Promise.all` inside a transaction undefined behaviour; with a TypeORM query runner a failing
 * branch rolls back while the others commit outside it).
 */
import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isFunctionNode, isTypeWrapper, skipTypeWrappers } from './ast.js';
import { getCalledName, getCalleePath, getWorkStart, splitWords, type WorkStart } from './called-names.js';
import { isRelativeSpecifier } from './modules/specifiers.js';
import type { CallOrigin } from './calls/client-origins.js';

/** Called names that open a transaction or a critical section around a callback or what follows. */
export const SERIALIZING_CALL_WORDS: readonly string[] = [
  'transaction',
  'transactional',
  'exclusive',
  'lock',
  'locks',
  'mutex',
  'semaphore',
  'synchronized',
  'serialize',
  'serialized',
  'critical',
  'atomic',
  'acquire',
  'begin',
  'redlock',
  'isolated',
];

/** Names of transaction and session handles: calls through them run in the transaction (`tx.user.create()`, `trx('t')`). */
export const TRANSACTION_HANDLE_NAMES: readonly string[] = [
  'tx',
  'trx',
  'txn',
  'transaction',
  'transactionClient',
  'transactionalEntityManager',
  'entityManager',
  'manager',
  'session',
  'queryRunner',
  'runner',
  'conn',
  'connection',
  'isolatedClient',
];

/** Type names of transaction and single-connection handles (`trx: Knex.Transaction`, `client: PoolClient`). */
const HANDLE_TYPE = /(?:Transaction|TransactionClient|PoolClient|PoolConnection|QueryRunner|ClientSession)$/;

/** Classes whose `this` is one connection or session (`class PostgresQueryRunner`, `class Neo4jSession`). */
const SINGLE_CONNECTION_CLASS = /(?:QueryRunner|Session|Transaction)$/;

/** Calls that return one connection or a transaction handle: `pool.connect()`, `mongoose.startSession()`, `knex.transaction()`. */
const HANDLE_FACTORIES = new Set([
  'createConnection',
  'createQueryRunner',
  'startSession',
  'startTransaction',
  'transaction',
  'reserve',
  'beginTransaction',
  'executeIsolated',
]);
const POOL_HANDLE_FACTORIES = new Set(['connect', 'getConnection', 'acquire']);

/** Chained calls that route a query into a transaction or session (`.session(s)`, `.transacting(trx)`). */
const ROUTING_CALLS = new Set(['session', 'transacting', 'useTransaction', 'withTransaction', 'setQueryRunner', 'connection']);

const HANDLES = new Set(TRANSACTION_HANDLE_NAMES);
const SERIALIZING_WORDS = new Set(SERIALIZING_CALL_WORDS);
const BEGIN_STATEMENT = /^\s*(?:begin|start\s+transaction)\b/i;

/**
 * Why a call runs serialized, or null: a transaction handle, one connection, a routing call, a
 * `{ transaction }` option. With `ownConnection`, calls through that one variable are not
 * serialized by it (the summary of a function that opened it; routing calls and options still are).
 */
export function serialReason(
  start: WorkStart,
  origin: CallOrigin,
  ownConnection: TSESLint.Scope.Variable | null = null,
  resolve: (identifier: TSESTree.Identifier) => TSESLint.Scope.Variable | null = () => null,
): string | null {
  if (ownConnection === null || origin.rootVariable !== ownConnection) {
    const byRoot = serialRootReason(start, origin);
    if (byRoot) return byRoot;
  }
  for (const call of origin.chain) {
    const name = getCalledName(call);
    if (name !== null && ROUTING_CALLS.has(name) && call.type === AST_NODE_TYPES.CallExpression && call.arguments.length > 0) return `routed by .${name}()`;
    if ((call.type === AST_NODE_TYPES.CallExpression || call.type === AST_NODE_TYPES.NewExpression) && call.arguments.some(isTransactionOption))
      return 'a transaction option';
  }
  const handed = handedHandle(namesHandedIn(origin.chain), ownConnection, resolve);
  return handed ? `handed the handle ${handed}` : null;
}

/** The names a chain's calls are handed whole as arguments: `client` of `loadOrders(client, id)`. */
export function namesHandedIn(chain: readonly WorkStart[]): TSESTree.Identifier[] {
  const names: TSESTree.Identifier[] = [];
  for (const call of chain) {
    if (call.type !== AST_NODE_TYPES.CallExpression && call.type !== AST_NODE_TYPES.NewExpression) continue;
    for (const argument of call.arguments) {
      const inner = skipTypeWrappers(argument);
      if (inner.type === AST_NODE_TYPES.Identifier) names.push(inner);
    }
  }
  return names;
}

/**
 * Names that say a transaction or one connection whatever made them, when handed to a call
 * (`insertOrder(trx, order)`). Only those no data goes by: a `transaction`, `tx` or `txn` handed on
 * may be a payment or a blockchain transaction (a function that takes one as a parameter is already
 * serialized, see `isSerializedFunction`).
 */
const HANDED_HANDLE_NAMES = new Set(['trx', 'transactionClient', 'transactionalEntityManager', 'queryRunner']);

/**
 * The name of a transaction or connection handle a call is handed, or null: `getStates(conn)`
 * and `insertOrder(trx, order)` work through it. Evidence is what made the variable (a factory, a
 * type, `using`) or a name only a handle has: a `session` handed on may be a login session.
 */
function handedHandle(
  names: readonly TSESTree.Identifier[],
  ownConnection: TSESLint.Scope.Variable | null,
  resolve: (identifier: TSESTree.Identifier) => TSESLint.Scope.Variable | null,
): string | null {
  for (const name of names) {
    const variable = resolve(name);
    if ((variable !== null && variable === ownConnection) || isFromPackage(variable)) continue;
    // made as a handle, not taken from one: what a login session's `session.get('userId')` gives is data
    if (HANDED_HANDLE_NAMES.has(name.name) || (variable !== null && isMadeAsHandle(variable))) return name.name;
  }
  return null;
}

/**
 * Whether a variable is a connection or transaction that a function opens itself, in its own
 * body: each call of the function has its own, so the order of calls through it stays inside.
 */
export function isOwnConnection(variable: TSESLint.Scope.Variable, fn: TSESTree.FunctionLike): boolean {
  const def = variable.defs[0];
  if (def?.type !== TSESLint.Scope.DefinitionType.Variable || def.node.type !== AST_NODE_TYPES.VariableDeclarator || !def.node.init || !fn.body) return false;
  if (def.node.range[0] < fn.body.range[0] || def.node.range[1] > fn.body.range[1]) return false;
  // opened here by a factory call: a type annotation or `using` alone may name a handle the function was handed
  return variable.defs.length === 1 && variable.references.every(reference => !reference.isWrite() || reference.init === true) && opensHandle(def.node.init);
}

/** Serialized by what the call goes through: a handle's name, a field of a connection class, a variable holding one connection. */
function serialRootReason(start: WorkStart, origin: CallOrigin): string | null {
  const root = origin.rootNode;
  // a package's export is no handle, whatever its name (Electron's `session`)
  if (root?.type === AST_NODE_TYPES.Identifier && HANDLES.has(root.name) && !isFromPackage(origin.rootVariable)) return `through ${root.name}`;
  if (root?.type === AST_NODE_TYPES.ThisExpression) {
    const field = typeof origin.client === 'string' ? origin.client.slice('this.'.length) : '';
    if (HANDLES.has(field)) return `through this.${field}`;
    if (SINGLE_CONNECTION_CLASS.test(enclosingClassName(start) ?? '')) return 'through the connection this class is';
  }
  if (origin.rootVariable && isHandleVariableOnce(origin.rootVariable)) return `through the handle ${origin.rootVariable.name}`;
  return null;
}

/**
 * A variable that holds one connection or a transaction: typed so, made by a handle factory
 * (`await pool.connect()`, `await openDatabase(file)`, `await knex.transaction()`), or declared
 * with `using`, which ties a resource to the block.
 */
function isHandleVariable(variable: TSESLint.Scope.Variable, depth = 0): boolean {
  if (isMadeAsHandle(variable)) return true;
  const def = variable.defs[0];
  return (
    depth < MAX_DERIVATION_DEPTH &&
    def?.type === TSESLint.Scope.DefinitionType.Variable &&
    def.node.type === AST_NODE_TYPES.VariableDeclarator &&
    def.node.init !== null &&
    isDerivedFromHandle(variable, def.node.init, depth)
  );
}

/** A variable made as a handle, not taken from one: typed so, made by a handle factory, or declared with `using`. */
function isMadeAsHandle(variable: TSESLint.Scope.Variable): boolean {
  const def = variable.defs[0];
  if (!def) return false;
  const annotation = (def.name as TSESTree.Identifier).typeAnnotation?.typeAnnotation;
  if (annotation && isHandleType(annotation)) return true;
  if (def.type !== TSESLint.Scope.DefinitionType.Variable || def.node.type !== AST_NODE_TYPES.VariableDeclarator || !def.node.init) return false;
  if (def.parent?.type === AST_NODE_TYPES.VariableDeclaration && (def.parent.kind === 'using' || def.parent.kind === 'await using')) return true;
  return opensHandle(def.node.init);
}

const HANDLE_VARIABLES = new WeakMap<TSESLint.Scope.Variable, boolean>();

/** `isHandleVariable`, once per variable: every call through it asks. */
function isHandleVariableOnce(variable: TSESLint.Scope.Variable): boolean {
  let isHandle = HANDLE_VARIABLES.get(variable);
  if (isHandle === undefined) HANDLE_VARIABLES.set(variable, (isHandle = isHandleVariable(variable)));
  return isHandle;
}

/** How many links of `const a = tx.x(); const b = a.y();` are followed back to a handle. */
const MAX_DERIVATION_DEPTH = 3;

/**
 * Whether a variable holds an object taken from a handle without waiting: what IndexedDB's
 * `tx.objectStore('notes')`, TypeORM's `manager.getRepository(User)` or a session's
 * `session.collection(…)` give works through the handle's transaction. A result the handle was
 * awaited for (`await tx.user.findFirst()`) is data, not a way into the transaction.
 */
function isDerivedFromHandle(variable: TSESLint.Scope.Variable, initializer: TSESTree.Expression, depth: number): boolean {
  let node: TSESTree.Node = skipTypeWrappers(initializer);
  let called = false;
  while (node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.MemberExpression || node.type === AST_NODE_TYPES.ChainExpression) {
    if (node.type === AST_NODE_TYPES.ChainExpression) node = node.expression;
    else if (node.type === AST_NODE_TYPES.CallExpression) {
      called = true;
      node = skipTypeWrappers(node.callee);
    } else node = skipTypeWrappers(node.object);
  }
  // a member of the root, not the root itself: `const store = tx` is the handle's alias, which its own name or factory says
  if (node.type !== AST_NODE_TYPES.Identifier || node === skipTypeWrappers(initializer)) return false;
  const root = variable.scope.references.find(reference => reference.identifier === node)?.resolved ?? null;
  if (root === variable || isFromPackage(root)) return false;
  if (root !== null && isHandleVariable(root, depth + 1)) return true;
  // a name alone says less: `session.user.id` of a login session is data; what a call on it gives (`tx.objectStore('x')`) works through it
  return called && HANDLES.has(node.name);
}

/**
 * Whether a variable is what a package exports (`import { session } from 'electron'`, `const {
 * session } = require('electron')`): a package's export is no transaction or connection of this
 * code, whatever its name. A module of the project may export one (`export const tx = …` kept in
 * async local storage), so relative imports do not count. Unlike `moduleOf`, which follows calls,
 * what a call on a package gives (`require('mysql2').createConnection()`) is made here, and may be one.
 */
function isFromPackage(variable: TSESLint.Scope.Variable | null): boolean {
  const def = variable?.defs[0];
  if (!def) return false;
  if (def.type === TSESLint.Scope.DefinitionType.ImportBinding)
    return def.parent?.type === AST_NODE_TYPES.ImportDeclaration && !isRelativeSpecifier(def.parent.source.value);
  if (def.type !== TSESLint.Scope.DefinitionType.Variable || def.node.type !== AST_NODE_TYPES.VariableDeclarator || !def.node.init) return false;
  let init: TSESTree.Node = skipTypeWrappers(def.node.init);
  while (init.type === AST_NODE_TYPES.MemberExpression) init = skipTypeWrappers(init.object);
  if (init.type !== AST_NODE_TYPES.CallExpression || init.callee.type !== AST_NODE_TYPES.Identifier || init.callee.name !== 'require') return false;
  const source = init.arguments[0];
  return source?.type === AST_NODE_TYPES.Literal && typeof source.value === 'string' && !isRelativeSpecifier(source.value);
}

/** Whether an initializer opens one connection or a transaction: a handle factory (`await pool.connect()`, `await openDatabase(file)`, `knex.transaction()`). */
function opensHandle(initializer: TSESTree.Expression): boolean {
  let init: TSESTree.Node = initializer;
  while (init.type === AST_NODE_TYPES.AwaitExpression || isTypeWrapper(init))
    init = init.type === AST_NODE_TYPES.AwaitExpression ? init.argument : init.expression;
  // `await db.startTransaction().execute()`: the factory is inside the chain
  while (init.type === AST_NODE_TYPES.CallExpression) {
    const name = getCalledName(init);
    if (name !== null && HANDLE_FACTORIES.has(name) && !init.arguments.some(argument => isFunctionNode(argument))) return true;
    if (
      name !== null &&
      POOL_HANDLE_FACTORIES.has(name) &&
      init.callee.type === AST_NODE_TYPES.MemberExpression &&
      /pool|pg|db|database|sql/i.test(receiverName(init.callee.object))
    )
      return true;
    // `await openDatabase(file)`, `await connectToDb()`: a connection of its own (Redis and MongoDB clients, and key-value stores
    // such as `Deno.openKv()`, multiplex, and are not)
    if (name !== null && OPENING_VERBS.has(splitWords(name)[0] ?? '') && !MULTIPLEXING_CLIENT.test(calleeText(init.callee))) return true;
    init = init.callee.type === AST_NODE_TYPES.MemberExpression ? skipTypeWrappers(init.callee.object) : init.callee;
  }
  return false;
}

const OPENING_VERBS = new Set(['open', 'connect']);
const MULTIPLEXING_CLIENT = /redis|mongo|createClient|ioredis|valkey|nats|amqp|rabbit|kafka|kv/i;

function calleeText(callee: TSESTree.Node): string {
  const inner = skipTypeWrappers(callee);
  if (inner.type === AST_NODE_TYPES.Identifier) return inner.name;
  if (inner.type === AST_NODE_TYPES.MemberExpression)
    return `${calleeText(inner.object)}.${inner.property.type === AST_NODE_TYPES.Identifier ? inner.property.name : ''}`;
  if (inner.type === AST_NODE_TYPES.CallExpression || inner.type === AST_NODE_TYPES.NewExpression) return calleeText(inner.callee);
  return '';
}

function isHandleType(annotation: TSESTree.TypeNode): boolean {
  if (annotation.type !== AST_NODE_TYPES.TSTypeReference) return false;
  const name =
    annotation.typeName.type === AST_NODE_TYPES.TSQualifiedName
      ? annotation.typeName.right.name
      : annotation.typeName.type === AST_NODE_TYPES.Identifier
        ? annotation.typeName.name
        : '';
  return HANDLE_TYPE.test(name);
}

function receiverName(node: TSESTree.Node): string {
  const inner = skipTypeWrappers(node);
  if (inner.type === AST_NODE_TYPES.Identifier) return inner.name;
  if (inner.type === AST_NODE_TYPES.MemberExpression && !inner.computed && inner.property.type === AST_NODE_TYPES.Identifier) return inner.property.name;
  return '';
}

function enclosingClassName(node: TSESTree.Node): string | null {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassDeclaration || current.type === AST_NODE_TYPES.ClassExpression) return current.id?.name ?? null;
  }
  return null;
}

/** `{ transaction: t }`, `{ session }`, `{ transaction }`: an options object that routes a call into a transaction. */
function isTransactionOption(argument: TSESTree.Node): boolean {
  return (
    argument.type === AST_NODE_TYPES.ObjectExpression &&
    argument.properties.some(
      property =>
        property.type === AST_NODE_TYPES.Property &&
        !property.computed &&
        property.key.type === AST_NODE_TYPES.Identifier &&
        (property.key.name === 'transaction' || property.key.name === 'session' || property.key.name === 'queryRunner') &&
        !(property.value.type === AST_NODE_TYPES.Literal && (property.value.value === null || property.value.value === false)),
    )
  );
}

/**
 * Whether an awaited call opens a section that must run in order until the end of its block:
 * `await mutex.acquire()`, `await lock()`, `const trx = await db.transaction()`, `await client.query('BEGIN')`.
 */
export function opensSerializedSection(start: WorkStart, memo: Map<string, boolean>): boolean {
  const args = start.type === AST_NODE_TYPES.CallExpression || start.type === AST_NODE_TYPES.NewExpression ? start.arguments : [];
  // `$transaction(async tx => …)`, `runExclusive(() => …)`, `$transaction([a, b])`: the section is inside the call, not after it
  if (args.some(argument => isFunctionNode(argument) || argument.type === AST_NODE_TYPES.ArrayExpression)) return false;
  const name = getCalledName(start);
  if (name !== null) {
    let serializing = memo.get(name);
    if (serializing === undefined) {
      serializing = namesSerializingWork(name);
      memo.set(name, serializing);
    }
    if (serializing) return true;
  }
  // `await redis.set(lockKey, token, 'PX', 10_000, 'NX')`, `await kv.put('lock:jobs', id)`: taking a lock by writing its key
  // (reading a file or key with lock in its name, `readFile(lockPath)` of pnpm-lock.yaml, takes none)
  if (args[0] && !(name !== null && READING_VERBS.has(splitWords(name)[0] ?? '')) && namesLock(args[0])) return true;
  return args.some(argument => {
    const inner = skipTypeWrappers(argument);
    if (inner.type === AST_NODE_TYPES.Literal && typeof inner.value === 'string') return BEGIN_STATEMENT.test(inner.value);
    if (inner.type === AST_NODE_TYPES.TemplateLiteral) return BEGIN_STATEMENT.test(inner.quasis[0]?.value.cooked ?? '');
    return false;
  });
}

const LOCK_WORDS = new Set(['lock', 'locks', 'mutex', 'semaphore', 'lease']);
/** Text that may hold one of `LOCK_WORDS`: most arguments (SQL, URLs, paths) do not, and are not split into words. */
const LOCK_HINT = new RegExp([...LOCK_WORDS].join('|'), 'i');
/** First words of calls that only read what they are handed: `readFile(lockPath)`, `redis.get(lockKey)` take no lock (`lock.increment(key)` does). */
const READING_VERBS = new Set(['get', 'read', 'exists', 'has', 'stat', 'lstat', 'ttl', 'pttl', 'fetch', 'load', 'find', 'list', 'peek', 'is', 'parse']);

/** A key argument that names a lock: `lockKey`, `'lock:wallet'`, `` `mutex:${id}` ``. */
function namesLock(argument: TSESTree.Node): boolean {
  const inner = skipTypeWrappers(argument);
  const text =
    inner.type === AST_NODE_TYPES.Identifier
      ? inner.name
      : inner.type === AST_NODE_TYPES.Literal && typeof inner.value === 'string'
        ? inner.value
        : inner.type === AST_NODE_TYPES.TemplateLiteral
          ? (inner.quasis[0]?.value.cooked ?? '')
          : inner.type === AST_NODE_TYPES.MemberExpression && !inner.computed && inner.property.type === AST_NODE_TYPES.Identifier
            ? inner.property.name
            : '';
  return LOCK_HINT.test(text) && splitWords(text).some(word => LOCK_WORDS.has(word));
}

/** `transaction`, `$transaction`, `beginTransaction`, `withLock`, `runExclusive`, `locks`: first or last word. */
const SERIALIZING_HINT = new RegExp(SERIALIZING_CALL_WORDS.join('|'), 'i');

export function namesSerializingWork(name: string): boolean {
  if (!SERIALIZING_HINT.test(name)) return false;
  const words = splitWords(name);
  const first = words[0];
  const last = words.at(-1);
  // `getTransaction(id)`, `findTransaction(ref)`: a payment or ledger transaction read, not one opened
  if (last === 'transaction' && first !== undefined && READING_VERBS.has(first)) return false;
  return (first !== undefined && SERIALIZING_WORDS.has(first)) || (last !== undefined && SERIALIZING_WORDS.has(last));
}

/**
 * Whether a function's body runs inside a transaction or a critical section on its own: a callback
 * passed to `db.transaction(…)`, `prisma.$transaction(…)`, `mutex.runExclusive(…)`; a function
 * taking a transaction handle (`tx`, `trx: Knex.Transaction`); a method decorated with
 * `@Transactional()` (typeorm-transactional, MikroORM, nestjs-cls), whose transaction has no
 * visible handle at all.
 */
export function isSerializedFunction(fn: TSESTree.FunctionLike): boolean {
  if (fn.params.some(isTransactionParameter)) return true;
  if (hasTransactionDecorator(fn)) return true;
  const parent = fn.parent;
  if (parent?.type !== AST_NODE_TYPES.CallExpression || !parent.arguments.includes(fn as TSESTree.CallExpressionArgument)) return false;
  const path = getCalleePath(parent) ?? '';
  return path.split('.').some(segment => namesSerializingWork(segment) || LOCKING_CALLBACK_CALLS.has(segment));
}

/** Platform calls that run their callback under a lock their names do not say: a Durable Object's input gate. */
const LOCKING_CALLBACK_CALLS = new Set(['blockConcurrencyWhile']);

function hasTransactionDecorator(fn: TSESTree.FunctionLike): boolean {
  const method = fn.parent;
  if (method?.type !== AST_NODE_TYPES.MethodDefinition && method?.type !== AST_NODE_TYPES.PropertyDefinition) return false;
  return (method.decorators ?? []).some(decorator => {
    let expression: TSESTree.Node = decorator.expression;
    if (expression.type === AST_NODE_TYPES.CallExpression) expression = expression.callee;
    const name =
      expression.type === AST_NODE_TYPES.Identifier
        ? expression.name
        : expression.type === AST_NODE_TYPES.MemberExpression && expression.property.type === AST_NODE_TYPES.Identifier
          ? expression.property.name
          : '';
    return /Transaction/.test(name);
  });
}

function isTransactionParameter(param: TSESTree.Parameter): boolean {
  const target = param.type === AST_NODE_TYPES.TSParameterProperty ? param.parameter : param;
  if (target.type !== AST_NODE_TYPES.Identifier) return false;
  if (HANDLES.has(target.name) && target.name !== 'connection' && target.name !== 'runner') return true;
  const annotation = target.typeAnnotation?.typeAnnotation;
  return annotation !== undefined && isHandleType(annotation);
}

/**
 * Where in a file calls must keep their order, answered for any node: inside a function that runs
 * serialized (see {@link isSerializedFunction}, or only ever called from one), or after an await
 * that opens a serialized section, to the end of its block. Sections are found once per file.
 */
export class SerialContexts {
  readonly #scopeManager: TSESLint.Scope.ScopeManager;
  readonly #sections: TSESTree.Range[] = [];
  readonly #functions = new Map<TSESTree.Node, boolean>();

  constructor(awaits: readonly TSESTree.AwaitExpression[], scopeManager: TSESLint.Scope.ScopeManager) {
    this.#scopeManager = scopeManager;
    const names = new Map<string, boolean>();
    for (const awaitNode of awaits) {
      const start = getWorkStart(awaitNode.argument);
      if (!start || !opensSerializedSection(start, names)) continue;
      const section = sectionAfter(awaitNode);
      if (section) this.#sections.push(section);
    }
  }

  /** Inside a transaction, a lock, or after a section-opening call in an enclosing block. */
  isSerialized(node: TSESTree.Node): boolean {
    if (this.#sections.some(range => node.range[0] >= range[0] && node.range[1] <= range[1])) return true;
    for (let parent = node.parent; parent; parent = parent.parent) {
      if (!isFunctionNode(parent)) continue;
      let serialized = this.#functions.get(parent);
      if (serialized === undefined) {
        this.#functions.set(parent, false);
        serialized = isSerializedFunction(parent) || this.#isOnlyCalledSerialized(parent);
        this.#functions.set(parent, serialized);
      }
      if (serialized) return true;
    }
    return false;
  }

  /**
   * A function defined in the file whose every call runs serialized (it is only ever called inside
   * a transaction callback, with the transaction's handle or through a context that carries it):
   * its own body runs in that transaction too.
   */
  #isOnlyCalledSerialized(fn: TSESTree.FunctionLike): boolean {
    const variable = declaredVariableOf(fn, this.#scopeManager);
    if (!variable) return false;
    const calls = variable.references.filter(reference => {
      const parent = reference.identifier.parent;
      return parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === reference.identifier;
    });
    return calls.length > 0 && calls.every(reference => this.isSerialized(reference.identifier));
  }
}

/** From the end of the statement an await belongs to, to the end of that statement's block. */
function sectionAfter(awaitNode: TSESTree.AwaitExpression): TSESTree.Range | null {
  let child: TSESTree.Node = awaitNode;
  for (let parent = child.parent; parent; child = parent, parent = parent.parent) {
    if (isFunctionNode(parent)) return null;
    if (
      parent.type === AST_NODE_TYPES.BlockStatement ||
      parent.type === AST_NODE_TYPES.Program ||
      parent.type === AST_NODE_TYPES.StaticBlock ||
      parent.type === AST_NODE_TYPES.SwitchCase
    ) {
      return [child.range[1], parent.range[1]];
    }
  }
  return null;
}

/** The variable a function is declared as: `function f() {}`, `const f = () => …`. */
function declaredVariableOf(fn: TSESTree.FunctionLike, scopeManager: TSESLint.Scope.ScopeManager): TSESLint.Scope.Variable | null {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id) {
    return scopeManager.getDeclaredVariables(fn).find(variable => variable.name === fn.id!.name) ?? null;
  }
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === fn && parent.id.type === AST_NODE_TYPES.Identifier) {
    return scopeManager.getDeclaredVariables(parent)[0] ?? null;
  }
  return null;
}
