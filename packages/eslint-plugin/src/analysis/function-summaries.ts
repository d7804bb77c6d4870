/**
 * What the functions defined in a file do when called, read once from their bodies and used at
 * every call site: `recordVote()` inserts a row, `const ask = (q) => rl.question(q)` reads a
 * prompt, `loadDashboard()` only reads. A summary is the join of the operations its body starts
 * (see `calls/operation.ts`), computed on first use, once per function; a function that is still
 * being summarized when it is reached again (recursion) counts as an unknown read.
 */
import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isFunctionNode, isPromiseCombinator, outsideWrappers, pushChildren, skipTypeWrappers } from './ast.js';
import { functionCalled, getCalledName, getNameOf, getWorkStart, type WorkStart } from './called-names.js';
import type { CallOrigin } from './calls/client-origins.js';
import { joinOperations, UNKNOWN_READ, type Operation } from './calls/operation.js';
import { isOwnConnection, namesHandedIn } from './serial-contexts.js';

/** Receivers whose calls are bookkeeping in memory, not operations: loggers and the language's own objects. */
const BOOKKEEPING_ROOTS = new Set([
  'console',
  'logger',
  'log',
  'JSON',
  'Math',
  'Object',
  'Array',
  'String',
  'Number',
  'Date',
  'Promise',
  'Reflect',
  'Symbol',
  'path',
  'url',
  'util',
  'Buffer',
  'URL',
  'URLSearchParams',
  'structuredClone',
  'performance',
  'metrics',
  'span',
  'tracer',
]);

export class FunctionSummaries {
  readonly #classify: (start: WorkStart) => Operation;
  readonly #classifyApartFromConnection: (start: WorkStart, connection: TSESLint.Scope.Variable) => Operation;
  readonly #resolve: (identifier: TSESTree.Identifier) => TSESLint.Scope.Variable | null;
  readonly #originOf: (start: WorkStart) => CallOrigin;
  readonly #visitorKeys: TSESLint.SourceCode.VisitorKeys;
  readonly #summaries = new Map<TSESTree.Node, Operation>();
  readonly #inProgress = new Set<TSESTree.Node>();
  readonly #returnedNames = new Map<TSESTree.Node, ReadonlySet<string>>();

  constructor(
    classify: (start: WorkStart) => Operation,
    classifyApartFromConnection: (start: WorkStart, connection: TSESLint.Scope.Variable) => Operation,
    originOf: (start: WorkStart) => CallOrigin,
    resolve: (identifier: TSESTree.Identifier) => TSESLint.Scope.Variable | null,
    visitorKeys: TSESLint.SourceCode.VisitorKeys,
  ) {
    this.#classify = classify;
    this.#classifyApartFromConnection = classifyApartFromConnection;
    this.#resolve = resolve;
    this.#originOf = originOf;
    this.#visitorKeys = visitorKeys;
  }

  /** What calling `fn` does: the join of the calls its body makes, memory bookkeeping aside. */
  summaryOf(fn: TSESTree.FunctionLike): Operation {
    const known = this.#summaries.get(fn);
    if (known) return known;
    if (this.#inProgress.has(fn)) return UNKNOWN_READ;
    this.#inProgress.add(fn);
    const parts: Operation[] = [];
    const { calls, awaitsValues, readsStream, refusesAccess } = this.#callsIn(fn);
    // `await pending` waits for work started elsewhere, which nothing here describes
    if (awaitsValues) parts.push(UNKNOWN_READ);
    // `for await (const chunk of input)`: a stream or an iterator gives its items in turn
    if (readsStream) parts.push({ kind: 'ordered', resource: null, reason: 'reads a stream', known: true });
    // `throw redirect('/login')`: what follows a call of it may only start once it passed
    if (refusesAccess) parts.push({ kind: 'guard', resource: null, reason: 'refuses access', known: true, latency: 'none' });
    for (const start of calls) {
      const origin = this.#originOf(start);
      if (isBookkeeping(origin)) continue;
      const waited = waitOf(start, this.#returnedNamesOf(fn));
      const awaited = waited !== 'none';
      if (!origin.library && !isDirectlyAwaited(start) && VALUE_METHODS.has(getCalledName(start) ?? '') && !isContinuationOfWork(start)) continue;
      // a connection the function opens itself is its own: the order of its calls stays inside each call of the function
      const connection = this.#ownConnectionOf(origin, fn);
      const operation = connection ? this.#classifyApartFromConnection(start, connection) : this.#classify(start);
      // a call whose promise nobody waits for, judged by its name alone, is not what the function does
      if (!awaited && !operation.known) continue;
      if (waited === 'handed') {
        // `withTimeout(createOrder(…))`: what it does still happens; how long it takes is the wait of what it is handed to
        if (operation.kind === 'read' && !operation.known) continue;
        parts.push({ ...operation, latency: 'none' });
        continue;
      }
      parts.push(operation);
    }
    const name = fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id ? fn.id.name : 'a local function';
    const joined = joinOperations(parts, `body of ${name}`);
    // a check that also writes may start neither first nor last
    const summary: Operation = refusesAccess && joined.kind === 'write' ? { ...joined, kind: 'ordered' } : joined;
    this.#inProgress.delete(fn);
    this.#summaries.set(fn, summary);
    return summary;
  }

  /**
   * The connection the function opened itself that a call goes through, as its client
   * (`client.query(…)`) or handed to it (`loadA(client)`); null when there is none.
   */
  #ownConnectionOf(origin: CallOrigin, fn: TSESTree.FunctionLike): TSESLint.Scope.Variable | null {
    if (origin.rootVariable && isOwnConnection(origin.rootVariable, fn)) return origin.rootVariable;
    for (const name of namesHandedIn(origin.chain)) {
      const variable = this.#resolve(name);
      if (variable && isOwnConnection(variable, fn)) return variable;
    }
    return null;
  }

  /** The names a function returns (`return pending;`, `() => result`): a promise kept in one of them is what a call waits for. */
  #returnedNamesOf(fn: TSESTree.FunctionLike): ReadonlySet<string> {
    const known = this.#returnedNames.get(fn);
    if (known) return known;
    const names = new Set<string>();
    if (fn.body?.type === AST_NODE_TYPES.Identifier) names.add(fn.body.name);
    const pending: TSESTree.Node[] = fn.body ? [fn.body] : [];
    while (pending.length > 0) {
      const node = pending.pop()!;
      if (isFunctionNode(node) || node.type === AST_NODE_TYPES.ClassBody) continue;
      if (node.type === AST_NODE_TYPES.ReturnStatement && node.argument) {
        const returned = skipTypeWrappers(node.argument);
        if (returned.type === AST_NODE_TYPES.Identifier) names.add(returned.name);
      }
      pushChildren(node, this.#visitorKeys, pending);
    }
    this.#returnedNames.set(fn, names);
    return names;
  }

  /**
   * The calls a function's body makes, nested callbacks included (they usually run as part of it):
   * the outermost call of each chain, which is judged with the chain.
   */
  #callsIn(fn: TSESTree.FunctionLike): { calls: WorkStart[]; awaitsValues: boolean; readsStream: boolean; refusesAccess: boolean } {
    const found: WorkStart[] = [];
    let awaitsValues = false;
    let readsStream = false;
    let refusesAccess = false;
    if (!fn.body) return { calls: found, awaitsValues, readsStream, refusesAccess };
    const pending: TSESTree.Node[] = [fn.body];
    for (const param of fn.params) pending.push(param);
    while (pending.length > 0) {
      const node = pending.pop()!;
      if (node.type === AST_NODE_TYPES.FunctionDeclaration || node.type === AST_NODE_TYPES.ClassDeclaration || node.type === AST_NODE_TYPES.ClassExpression)
        continue;
      const start = getWorkStart(node);
      if (start && start === node && !isInnerLinkOfChain(start)) found.push(start);
      if (node.type === AST_NODE_TYPES.AwaitExpression && awaitsStartedWork(node)) awaitsValues = true;
      if (node.type === AST_NODE_TYPES.ForOfStatement && node.await) readsStream = true;
      if (!refusesAccess && refusesAccessAt(node)) refusesAccess = true;
      pushChildren(node, this.#visitorKeys, pending);
    }
    return { calls: found, awaitsValues, readsStream, refusesAccess };
  }
}

/** Calls that end a request by refusing it, thrown or throwing (`redirect`, Next.js `notFound()`). */
const REFUSALS = new Set(['redirect', 'permanentRedirect', 'notFound', 'unauthorized', 'forbidden']);
/** Errors of refused access, by the words of their class names. */
const ACCESS_ERROR = /unauthori[sz]ed|unauthenticated|notauthenticated|forbidden|accessdenied|permissiondenied|authenticationerror|authorizationerror/i;
/** Words of an error's code or message that refuse access (`new TRPCError({ code: 'FORBIDDEN' })`, `new Error('Forbidden')`). */
const ACCESS_WORDS = /\b(?:unauthori[sz]ed|unauthenticated|forbidden|access denied|permission denied|not allowed|not a member)\b/i;
/** HTTP statuses that refuse a request or send it elsewhere. */
const REFUSING_STATUSES = new Set([301, 302, 303, 307, 308, 401, 403]);

/**
 * Whether a statement refuses access: `throw redirect('/login')`, `throw new Response(…, {
 * status: 403 })`, `throw error(401)` (SvelteKit), `throw new ForbiddenException()`, or a call
 * that throws by itself (`redirect('/login')`, `notFound()`).
 */
function refusesAccessAt(node: TSESTree.Node): boolean {
  const refusal = (value: TSESTree.Node): boolean => {
    const inner = skipTypeWrappers(value);
    if (inner.type !== AST_NODE_TYPES.CallExpression && inner.type !== AST_NODE_TYPES.NewExpression) return false;
    const name = getNameOf(skipTypeWrappers(inner.callee)) ?? '';
    if (REFUSALS.has(name) || ACCESS_ERROR.test(name)) return true;
    const status = (candidate: TSESTree.Node | undefined): boolean =>
      candidate?.type === AST_NODE_TYPES.Literal && typeof candidate.value === 'number' && REFUSING_STATUSES.has(candidate.value);
    // `error(403)` (SvelteKit), `new HTTPException(401)` (Hono), `new Response(…, { status: 403 })`, `createError({ statusCode: 401 })` (h3)
    if (status(inner.arguments[0])) return true;
    // `new Error('Forbidden')`, `new TRPCError({ code: 'FORBIDDEN' })`
    const words = (value: TSESTree.Node): boolean =>
      value.type === AST_NODE_TYPES.Literal && typeof value.value === 'string' && ACCESS_WORDS.test(value.value.replace(/_/g, ' '));
    const refusingProperty = (argument: TSESTree.Node): boolean =>
      argument.type === AST_NODE_TYPES.ObjectExpression &&
      argument.properties.some(
        property =>
          property.type === AST_NODE_TYPES.Property &&
          property.key.type === AST_NODE_TYPES.Identifier &&
          (((property.key.name === 'status' || property.key.name === 'statusCode') && status(property.value)) ||
            ((property.key.name === 'code' || property.key.name === 'message') && words(property.value))),
      );
    return inner.arguments.some(argument => refusingProperty(argument) || words(argument));
  };
  if (node.type === AST_NODE_TYPES.ThrowStatement) return refusal(node.argument);
  if (node.type === AST_NODE_TYPES.ExpressionStatement) {
    const call = skipTypeWrappers(node.expression);
    return call.type === AST_NODE_TYPES.CallExpression && REFUSALS.has(getNameOf(skipTypeWrappers(call.callee)) ?? '');
  }
  return false;
}

/** Methods of strings, arrays and numbers: computing a value, not doing work (`etag.replaceAll('"', '')`). */
const VALUE_METHODS = new Set([
  'replace',
  'replaceAll',
  'trim',
  'trimStart',
  'trimEnd',
  'split',
  'join',
  'slice',
  'splice',
  'concat',
  'map',
  'filter',
  'reduce',
  'find',
  'findIndex',
  'some',
  'every',
  'includes',
  'indexOf',
  'at',
  'flat',
  'flatMap',
  'forEach',
  'sort',
  'reverse',
  'keys',
  'values',
  'entries',
  'toString',
  'toFixed',
  'toLowerCase',
  'toUpperCase',
  'padStart',
  'padEnd',
  'startsWith',
  'endsWith',
  'match',
  'matchAll',
  'test',
  'exec',
  'push',
  'pop',
  'shift',
  'unshift',
  'toISOString',
  'getTime',
  'localeCompare',
  'normalize',
  'repeat',
  'charAt',
  'codePointAt',
  'fill',
  'has',
  'get',
  'set',
  'add',
  'delete',
  'clear',
  'then',
  'catch',
  'finally',
]);

/** `a.b().c()`: the inner `a.b()` is a link of the chain the outer call is. */
function isInnerLinkOfChain(call: WorkStart): boolean {
  const current = outsideWrappers(call);
  const parent = current.parent;
  return parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === current;
}

/**
 * Whether the promise of a call is waited for: the call is (inside) what an `await` or a `return`
 * takes (`awaited`), or it is an argument of such a call, which receives what it returns (`handed`).
 */
function waitOf(call: TSESTree.Node, returnedNames: ReadonlySet<string>): 'awaited' | 'handed' | 'none' {
  let child = call;
  let handed = false;
  for (let current: TSESTree.Node | undefined = call.parent; current; child = current, current = current.parent) {
    if (current.type === AST_NODE_TYPES.AwaitExpression || current.type === AST_NODE_TYPES.ReturnStatement) return handed ? 'handed' : 'awaited';
    // `pending = load(key); cache.set(key, pending); return pending;`: the promise the function returns, kept in a name
    // first by a statement of its own (`return (last = save(doc))` goes on up to its return)
    const kept =
      current.type === AST_NODE_TYPES.VariableDeclarator && child === current.init
        ? current.id
        : current.type === AST_NODE_TYPES.AssignmentExpression &&
            child === current.right &&
            current.operator === '=' &&
            current.parent?.type === AST_NODE_TYPES.ExpressionStatement
          ? current.left
          : null;
    if (kept && kept.type === AST_NODE_TYPES.Identifier && returnedNames.has(kept.name)) return handed ? 'handed' : 'awaited';
    if (current.type === AST_NODE_TYPES.ArrowFunctionExpression) return current.expression ? (handed ? 'handed' : 'awaited') : 'none';
    if (isFunctionNode(current) || /Statement$|Declaration$/.test(current.type)) return 'none';
    // `await render(paths())`: what an argument returns is handed over, not waited for, unless to `Promise.all`
    if (
      (current.type === AST_NODE_TYPES.CallExpression || current.type === AST_NODE_TYPES.NewExpression) &&
      child !== current.callee &&
      !isPromiseCombinator(current)
    )
      handed = true;
  }
  return 'none';
}

/**
 * Whether an await waits for work started before it rather than by its own call: `await pending`,
 * `await this.ready`, `await Promise.all(promises)`, `await Promise.all([a, cached])`.
 */
function awaitsStartedWork(node: TSESTree.AwaitExpression): boolean {
  const start = getWorkStart(node.argument);
  if (!start) return true;
  if (start.type !== AST_NODE_TYPES.CallExpression) return false;
  const isCombinator = isPromiseCombinator(start);
  const operand = start.arguments[0] ? skipTypeWrappers(start.arguments[0]) : null;
  if (!isCombinator || !operand) return false;
  const isValue = (element: TSESTree.Node | null): boolean =>
    element !== null &&
    (element.type === AST_NODE_TYPES.Identifier || element.type === AST_NODE_TYPES.MemberExpression || element.type === AST_NODE_TYPES.SpreadElement);
  return isValue(operand) || (operand.type === AST_NODE_TYPES.ArrayExpression && operand.elements.some(isValue));
}

/** `load(key).then(parse)`: a continuation of work the chain starts itself, not of a promise started elsewhere (`pending.then(…)`). */
function isContinuationOfWork(call: TSESTree.Node): boolean {
  if (call.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const name = getCalledName(call);
  if (name !== 'then' && name !== 'catch' && name !== 'finally') return false;
  let receiver: TSESTree.Node = skipTypeWrappers(call.callee.object);
  while (receiver.type === AST_NODE_TYPES.MemberExpression) receiver = skipTypeWrappers(receiver.object);
  return receiver.type === AST_NODE_TYPES.CallExpression || receiver.type === AST_NODE_TYPES.NewExpression;
}

/** `await x.y()` exactly, through type wrappers. */
function isDirectlyAwaited(call: TSESTree.Node): boolean {
  const current = outsideWrappers(call);
  return current.parent?.type === AST_NODE_TYPES.AwaitExpression;
}

function isBookkeeping(origin: CallOrigin): boolean {
  const root = origin.rootNode;
  if (root?.type !== AST_NODE_TYPES.Identifier) return false;
  if (BOOKKEEPING_ROOTS.has(root.name)) return true;
  return origin.rootVariable !== null && isInMemoryCollection(origin.rootVariable);
}

/** A variable holding a collection in memory: `new Map()`, `new Set()`, `[]`, `{}`. Its changes are data, tracked by the dependency analysis. */
export function isInMemoryCollection(variable: TSESLint.Scope.Variable): boolean {
  const def = variable.defs[0];
  if (def?.type !== TSESLint.Scope.DefinitionType.Variable || def.node.type !== AST_NODE_TYPES.VariableDeclarator || !def.node.init) return false;
  const init = skipTypeWrappers(def.node.init);
  if (init.type === AST_NODE_TYPES.ArrayExpression || init.type === AST_NODE_TYPES.ObjectExpression) return true;
  return (
    init.type === AST_NODE_TYPES.NewExpression &&
    init.callee.type === AST_NODE_TYPES.Identifier &&
    /^(?:Map|Set|WeakMap|WeakSet|Array|WeakRef)$/.test(init.callee.name)
  );
}

/**
 * The function a call runs when it is defined in the file: `helper()`, `const helper = async () => …`,
 * `this.load()` in a class that defines `load`, `helpers.load()` on a `const` object literal.
 */
export function localFunctionOf(start: WorkStart, origin: CallOrigin): TSESTree.FunctionLike | null {
  if (start.type !== AST_NODE_TYPES.CallExpression) return null;
  const root = origin.rootNode;
  if (root?.type === AST_NODE_TYPES.ThisExpression) {
    const field = typeof origin.client === 'string' ? origin.client.slice('this.'.length) : null;
    return field !== null && origin.path.length === 0 ? classMethodOf(root, field) : null;
  }
  const variable = origin.rootVariable;
  if (!variable || variable.defs.length !== 1) return null;
  const def = variable.defs[0]!;
  const callee = skipTypeWrappers(functionCalled(start));
  if (callee.type === AST_NODE_TYPES.Identifier) {
    if (def.type === TSESLint.Scope.DefinitionType.FunctionName && def.node.type === AST_NODE_TYPES.FunctionDeclaration) return def.node;
    if (
      def.type === TSESLint.Scope.DefinitionType.Variable &&
      def.node.type === AST_NODE_TYPES.VariableDeclarator &&
      def.node.init &&
      isFunctionNode(def.node.init)
    )
      return def.node.init;
    return null;
  }
  if (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    skipTypeWrappers(callee.object) === root &&
    def.type === TSESLint.Scope.DefinitionType.Variable &&
    def.node.type === AST_NODE_TYPES.VariableDeclarator
  ) {
    const init = def.node.init ? skipTypeWrappers(def.node.init) : null;
    const name = origin.path[0];
    if (init?.type !== AST_NODE_TYPES.ObjectExpression || name === undefined || origin.path.length !== 1) return null;
    for (const property of init.properties) {
      if (
        property.type === AST_NODE_TYPES.Property &&
        !property.computed &&
        property.key.type === AST_NODE_TYPES.Identifier &&
        property.key.name === name &&
        isFunctionNode(property.value)
      ) {
        return property.value;
      }
    }
  }
  return null;
}

/** The method (or arrow-function field) `name` of the class `this` belongs to. */
export function classMethodOf(thisNode: TSESTree.Node, name: string, kind: 'method' | 'get' = 'method'): TSESTree.FunctionLike | null {
  let classBody: TSESTree.ClassBody | null = null;
  for (let current = thisNode.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassBody) {
      classBody = current;
      break;
    }
    // a `this` inside a non-arrow function is that function's own
    if (
      isFunctionNode(current) &&
      current.type !== AST_NODE_TYPES.ArrowFunctionExpression &&
      current.parent?.type !== AST_NODE_TYPES.MethodDefinition &&
      current.parent?.type !== AST_NODE_TYPES.PropertyDefinition
    )
      return null;
  }
  if (!classBody) return null;
  for (const member of classBody.body) {
    if (
      member.type === AST_NODE_TYPES.MethodDefinition &&
      !member.computed &&
      member.key.type === AST_NODE_TYPES.Identifier &&
      member.key.name === name &&
      member.kind === kind
    )
      return member.value;
    if (
      kind === 'method' &&
      member.type === AST_NODE_TYPES.PropertyDefinition &&
      !member.computed &&
      member.key.type === AST_NODE_TYPES.Identifier &&
      member.key.name === name &&
      member.value &&
      isFunctionNode(member.value)
    ) {
      return member.value;
    }
  }
  return null;
}
