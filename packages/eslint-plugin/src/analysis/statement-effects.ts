import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import {
  getStaticPropertyName,
  isFunctionNode,
  isLoop,
  isTypeWrapper,
  outsideTypeWrappers,
  outsideWrappers,
  pushChildren,
  skipTypeWrappers,
  someOutsideFunctions,
} from './ast.js';
import { classMethodOf } from './function-summaries.js';

/** A variable as the dependency analysis sees it; unresolved globals are keyed by name. */
export type VariableKey = TSESLint.Scope.Variable | `global:${string}`;

/** The `this` of the function a statement runs in. */
export const THIS = 'this' as const;
export type ObjectRoot = VariableKey | typeof THIS;

/** A use of an object: `root.property`, a method call on it, or a bare use (`property` null). */
export interface ObjectUse {
  readonly root: ObjectRoot;
  readonly property: string | null;
  readonly isMethodCall: boolean;
}

/** What a piece of code reads and writes, found through the scope manager. */
export interface Effects {
  readonly reads: ReadonlySet<ObjectRoot>;
  readonly writes: ReadonlySet<VariableKey>;
  /** `this.x = …`, `obj.k = …`, `obj.k++`, `delete obj.k` (property null when computed). */
  readonly objectWrites: readonly ObjectUse[];
  readonly objectUses: readonly ObjectUse[];
}

interface Ranged {
  readonly range: TSESTree.Range;
}

type Reference = TSESLint.Scope.Reference;

/**
 * Reads and writes of pieces of the file. The references of a node are found in its enclosing
 * scope (sorted once per scope, on first use) and the scopes nested in it, so a node costs about
 * its own size. Each node's effects are computed once. A call of a function defined in the file
 * adds what that function reads and writes outside of itself.
 */
export class EffectsIndex {
  readonly #scopeManager: TSESLint.Scope.ScopeManager;
  readonly #visitorKeys: TSESLint.SourceCode.VisitorKeys;
  /** Per scope, on first use: the references made from it, sorted by position. */
  readonly #sortedReferences = new Map<TSESLint.Scope.Scope, readonly Reference[]>();
  readonly #effects = new Map<TSESTree.Node, Effects>();
  readonly #closureEffects = new Map<TSESTree.Node, ClosureEffects>();
  readonly #closuresInProgress = new Set<TSESTree.Node>();
  readonly #importedEffectsOf: ImportedEffects | null;
  readonly #topLevelStates = new Map<TSESTree.Node, ClosureEffects>();
  readonly #goesOnLater = new Map<TSESTree.Node, boolean>();

  constructor(scopeManager: TSESLint.Scope.ScopeManager, visitorKeys: TSESLint.SourceCode.VisitorKeys, importedEffectsOf: ImportedEffects | null = null) {
    this.#scopeManager = scopeManager;
    this.#visitorKeys = visitorKeys;
    this.#importedEffectsOf = importedEffectsOf;
  }

  /** The effects of everything inside `node`, callbacks and called closures included. */
  effectsOf(node: TSESTree.Node): Effects {
    let effects = this.#effects.get(node);
    if (!effects) {
      effects = this.#computeEffects(node);
      this.#effects.set(node, effects);
    }
    return effects;
  }

  #computeEffects(node: TSESTree.Node): Effects {
    const reads = new Set<ObjectRoot>();
    const writes = new Set<VariableKey>();
    const objectWrites: ObjectUse[] = [];
    const objectUses: ObjectUse[] = [];
    for (const reference of this.#referencesIn(node)) {
      if (isTypeOnly(reference)) continue;
      const key: VariableKey = reference.resolved ?? `global:${reference.identifier.name}`;
      if (reference.isWrite()) writes.add(key);
      if (reference.isRead()) {
        reads.add(key);
        const use = getObjectUse(reference.identifier, key);
        objectUses.push(use);
        const write = getObjectWrite(reference.identifier, key);
        if (write) objectWrites.push(write);
        const closure = reference.resolved ? getDefinedFunction(reference.resolved) : null;
        if (closure && !isWithinRange(closure, node.range)) {
          const closureEffects = this.#effectsOfClosure(closure);
          addEffects(closureEffects, reads, writes, objectWrites, objectUses);
          objectWrites.push(...this.#argumentWrites(reference.identifier, closureEffects));
        } else if (!closure && reference.resolved && this.#importedEffectsOf) {
          const imported = this.#importedEffectsOf(reference.identifier, reference.resolved);
          if (imported) {
            addEffects(imported, reads, writes, objectWrites, objectUses);
            objectWrites.push(...this.#argumentWrites(reference.identifier, imported));
          }
        }
      }
    }
    for (const thisNode of this.#thisIn(node)) {
      reads.add(THIS);
      const use = getObjectUse(thisNode, THIS);
      objectUses.push(use);
      const write = getObjectWrite(thisNode, THIS);
      if (write) objectWrites.push(write);
      // `this.load()` and `this.headers` (a getter) run code of the class: what it reads and writes counts here
      if (use.property !== null) {
        const member = use.isMethodCall ? classMethodOf(thisNode, use.property) : classMethodOf(thisNode, use.property, 'get');
        if (member && !isWithinRange(member, node.range)) addEffects(this.#effectsOfClosure(member), reads, writes, objectWrites, objectUses);
      }
    }
    // each use once: a function that calls another twice would otherwise double its uses at every level
    return { reads, writes, objectWrites: uniqueUses(objectWrites), objectUses: uniqueUses(objectUses) };
  }

  /**
   * A call of a local function that changes an object it receives (`addAuth(options)` sets
   * `options.headers`) writes the argument passed in that place.
   */
  #argumentWrites(callee: TSESTree.Node, closure: ClosureEffects): ObjectUse[] {
    const call = callee.parent;
    if (
      (closure.writtenParameters.size === 0 && closure.writtenParameterProperties.size === 0) ||
      call?.type !== AST_NODE_TYPES.CallExpression ||
      call.callee !== callee
    )
      return [];
    const written: ObjectUse[] = [];
    const write = (value: TSESTree.Node): void => {
      const root = rootIdentifierOf(value);
      const reference = root ? this.#referenceOf(root) : null;
      if (root && reference) written.push({ root: reference.resolved ?? `global:${root.name}`, property: null, isMethodCall: false });
    };
    for (const index of closure.writtenParameters) {
      const argument = call.arguments[index];
      if (argument) write(argument);
    }
    // `sanitize({ config, fields })` to `function sanitize({ config })` that changes `config`: the value passed under that name
    for (const [index, names] of closure.writtenParameterProperties) {
      const argument = call.arguments[index] ? skipTypeWrappers(call.arguments[index]) : null;
      if (argument?.type !== AST_NODE_TYPES.ObjectExpression) continue;
      for (const property of argument.properties) {
        if (property.type === AST_NODE_TYPES.Property && !property.computed && property.key.type === AST_NODE_TYPES.Identifier && names.has(property.key.name))
          write(property.value);
      }
    }
    return written;
  }

  #referenceOf(identifier: TSESTree.Identifier): Reference | null {
    const scope = this.#enclosingScope(identifier);
    if (!scope) return null;
    const own = this.#sorted(scope);
    const index = lowerBound(own, identifier.range[0], ref => ref.identifier.range[0]);
    const found = own[index];
    return found?.identifier === identifier ? found : null;
  }

  /**
   * The state of the file's top level that a call of one of its functions from another file
   * shares with calls of its other functions: the variables assigned after their declaration
   * (`let current`) and the objects changed in place (`cache.set(…)`) that the function reads at
   * any time, and those it writes once it may have waited (see `#mayRunAfterAWait`). A write
   * before its first `await` happens when it is called, in `Promise.all` as in a sequence, so a
   * memo filled at once (`pending.set(url, fetch(url))`) orders nothing. Another file's imports,
   * constants and globals are left out.
   */
  topLevelStateOf(fn: TSESTree.FunctionLike): ClosureEffects {
    let state = this.#topLevelStates.get(fn);
    if (!state) {
      state = this.#computeTopLevelState(fn);
      this.#topLevelStates.set(fn, state);
    }
    return state;
  }

  #computeTopLevelState(fn: TSESTree.FunctionLike): ClosureEffects {
    const all = this.#effectsOfClosure(fn);
    const late = mergeEffects(this.#mayRunAfterAWait(fn).map(node => this.effectsOf(node)));
    const isState = (key: ObjectRoot): key is TSESLint.Scope.Variable =>
      typeof key !== 'string' &&
      key.scope.block.type === AST_NODE_TYPES.Program &&
      !key.defs.some(def => def.type === TSESLint.Scope.DefinitionType.ImportBinding);
    const isReassigned = (key: ObjectRoot): boolean => isState(key) && key.references.some(reference => reference.isWrite() && !reference.init);
    return {
      reads: new Set([...all.reads].filter(isReassigned)),
      writes: new Set([...late.writes].filter(isReassigned)),
      objectWrites: late.objectWrites.filter(use => isState(use.root)),
      objectUses: all.objectUses.filter(use => isState(use.root)),
      // the objects it changes of what it is handed, whenever it does: the caller's own values
      writtenParameters: all.writtenParameters,
      writtenParameterProperties: all.writtenParameterProperties,
    };
  }

  /**
   * The parts of a function that may run after it first waited: in the statement (or expression
   * body) that first waits, what comes after that wait (all of it when the wait is in a loop of
   * the statement, which may run any part again later); every statement after it; and the
   * functions nested in what comes before (callbacks run when something calls them). Waiting is
   * an `await`, a `for await`, or a call of code of the file that may go on after it returns.
   * `const { data } = await http().get(…)` sets up its client in `http()` before it waits.
   */
  #mayRunAfterAWait(fn: TSESTree.FunctionLike): TSESTree.Node[] {
    const body = fn.body;
    if (!body) return [];
    const statements = body.type === AST_NODE_TYPES.BlockStatement ? body.body : [body];
    const late: TSESTree.Node[] = [];
    let waited = false;
    for (const statement of statements) {
      if (waited) {
        late.push(statement);
        continue;
      }
      const wait = this.#firstWait(statement);
      if (!wait) {
        late.push(...this.#functionsIn(statement));
        continue;
      }
      waited = true;
      if (isInLoopWithin(wait, statement)) late.push(statement);
      else late.push(...this.#partsFrom(statement, wait));
    }
    return late;
  }

  /** The first node of `root` that waits, in source order, outside nested functions; null when none does. */
  #firstWait(root: TSESTree.Node): TSESTree.Node | null {
    let first: TSESTree.Node | null = null;
    const pending: TSESTree.Node[] = [root];
    while (pending.length > 0) {
      const node = pending.pop()!;
      if (isFunctionNode(node) || (first && node.range[0] >= first.range[0])) continue;
      const waits =
        node.type === AST_NODE_TYPES.AwaitExpression || (node.type === AST_NODE_TYPES.ForOfStatement && node.await) || this.#callsCodeGoingOnLater(node);
      if (waits) first = node;
      pushChildren(node, this.#visitorKeys, pending);
    }
    return first;
  }

  /**
   * What of `root` runs once `wait` has waited: the largest parts after an `await` (a call of code
   * that goes on later, itself included), what an expression around it does once its operands
   * are in (the target of `x = await f()`, the call of `cache.set(key, await load())`), and the
   * functions nested in the parts before.
   */
  #partsFrom(root: TSESTree.Node, wait: TSESTree.Node): TSESTree.Node[] {
    const position = wait.type === AST_NODE_TYPES.AwaitExpression ? wait.range[1] : wait.range[0];
    const parts: TSESTree.Node[] = [];
    const pending: TSESTree.Node[] = [root];
    while (pending.length > 0) {
      const node = pending.pop()!;
      if (node.range[0] >= position || isFunctionNode(node)) {
        parts.push(node);
        continue;
      }
      // before the wait: what is done by the time it waits (the awaited operand included)
      if (node.range[1] < position || isWithinRange(node, wait.range)) {
        parts.push(...this.#functionsIn(node));
        continue;
      }
      // an operation that spans the wait completes after it
      if (node.type === AST_NODE_TYPES.AssignmentExpression) parts.push(node.left);
      else if (node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression) parts.push(node.callee);
      else if (node.type === AST_NODE_TYPES.UpdateExpression || node.type === AST_NODE_TYPES.UnaryExpression) parts.push(node.argument);
      pushChildren(node, this.#visitorKeys, pending);
    }
    return parts;
  }

  /**
   * Whether a node calls code of the file that may go on after the call returns: a function
   * defined in the file (`refresh()`) or a method of the class (`this.refresh()`) that is async,
   * waits, hands out callbacks, or calls such code. A synchronous one (`db()` that creates a
   * client on first use) has done all it does when it returns.
   */
  #callsCodeGoingOnLater(node: TSESTree.Node): boolean {
    if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) return false;
    const target = skipTypeWrappers(node.callee);
    let fn: TSESTree.Node | null = null;
    if (target.type === AST_NODE_TYPES.MemberExpression) {
      const object = skipTypeWrappers(target.object);
      if (object.type !== AST_NODE_TYPES.ThisExpression) return false;
      const name = getStaticPropertyName(target);
      fn = name === null ? null : classMethodOf(object, name);
      if (!fn) return true;
    } else if (target.type === AST_NODE_TYPES.Identifier) {
      const resolved = this.#referenceOf(target)?.resolved;
      fn = resolved ? getDefinedFunction(resolved) : null;
    }
    return fn !== null && this.#mayGoOnLater(fn);
  }

  #mayGoOnLater(fn: TSESTree.Node): boolean {
    let known = this.#goesOnLater.get(fn);
    if (known === undefined) {
      // a function that calls itself: what it does besides is what counts
      this.#goesOnLater.set(fn, false);
      known =
        !isFunctionNode(fn) ||
        fn.async ||
        fn.generator ||
        this.#functionsIn(fn.body ?? fn).some(inner => inner !== fn) ||
        someOutsideFunctions(fn.body ?? [], this.#visitorKeys, node => this.#callsCodeGoingOnLater(node));
      this.#goesOnLater.set(fn, known);
    }
    return known;
  }

  /** The outermost functions nested in `root`. */
  #functionsIn(root: TSESTree.Node): TSESTree.Node[] {
    const found: TSESTree.Node[] = [];
    const pending: TSESTree.Node[] = [root];
    while (pending.length > 0) {
      const node = pending.pop()!;
      if (isFunctionNode(node)) found.push(node);
      else pushChildren(node, this.#visitorKeys, pending);
    }
    return found;
  }

  /**
   * What a function defined in the file reads and writes outside of itself, transitively, and
   * which of its parameters it changes the objects of.
   */
  #effectsOfClosure(fn: TSESTree.Node): ClosureEffects {
    const known = this.#closureEffects.get(fn);
    if (known) return known;
    if (this.#closuresInProgress.has(fn)) return EMPTY_CLOSURE_EFFECTS;
    this.#closuresInProgress.add(fn);
    const inner = this.effectsOf(fn);
    const outside = (key: ObjectRoot): boolean => typeof key === 'string' || !key.defs.some(def => isWithinRange(def.name, fn.range));
    const params = isFunctionNode(fn) ? fn.params : [];
    const writtenParameters = new Set<number>();
    const writtenParameterProperties = new Map<number, Set<string>>();
    const changesObjectOf = (name: TSESTree.Node): boolean =>
      inner.objectWrites.some(write => typeof write.root !== 'string' && write.root.defs.some(def => def.name === name));
    params.forEach((param, index) => {
      const target = param.type === AST_NODE_TYPES.TSParameterProperty ? param.parameter : param;
      const pattern = target.type === AST_NODE_TYPES.AssignmentPattern ? target.left : target;
      if (pattern.type === AST_NODE_TYPES.Identifier) {
        if (changesObjectOf(pattern)) writtenParameters.add(index);
      } else if (pattern.type === AST_NODE_TYPES.ObjectPattern) {
        for (const property of pattern.properties) {
          if (property.type !== AST_NODE_TYPES.Property || property.computed || property.key.type !== AST_NODE_TYPES.Identifier) continue;
          const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
          if (value.type !== AST_NODE_TYPES.Identifier || !changesObjectOf(value)) continue;
          const names = writtenParameterProperties.get(index) ?? new Set<string>();
          names.add(property.key.name);
          writtenParameterProperties.set(index, names);
        }
      }
    });
    // a cache the function alone fills and reads by the same key gives each call what it would get alone
    const memoCaches = new Set([...inner.reads].filter(root => typeof root !== 'string' && outside(root) && isMemoCacheOf(root, fn, this.#visitorKeys)));
    const kept = (root: ObjectRoot): boolean => outside(root) && !memoCaches.has(root);
    const effects: ClosureEffects = {
      reads: new Set([...inner.reads].filter(kept)),
      writes: new Set([...inner.writes].filter(kept)),
      objectWrites: inner.objectWrites.filter(use => kept(use.root)),
      objectUses: inner.objectUses.filter(use => kept(use.root)),
      writtenParameters,
      writtenParameterProperties,
    };
    this.#closuresInProgress.delete(fn);
    this.#closureEffects.set(fn, effects);
    return effects;
  }

  /**
   * The references inside `node`: those its enclosing scope makes within its range (a binary
   * search in that scope's sorted references) and all those of the scopes nested in it. The cost
   * is that of the node, not of the file. A `switch`'s discriminant and a class's heritage and
   * decorators run before the scope their statement opens, and their references are filed in the
   * scope around it: inside a switch or class scope, the scopes around it are searched too.
   */
  #referencesIn(node: TSESTree.Node): Reference[] {
    const [start, end] = node.range;
    const found: Reference[] = [];
    const pending: TSESLint.Scope.Scope[] = [];
    for (let scope = this.#enclosingScope(node); scope; scope = scope.upper) {
      const own = this.#sorted(scope);
      for (let index = lowerBound(own, start, ref => ref.identifier.range[0]); index < own.length; index++) {
        const reference = own[index]!;
        if (reference.identifier.range[0] >= end) break;
        found.push(reference);
      }
      for (const child of scope.childScopes) if (child.block.range[0] >= start && child.block.range[1] <= end) pending.push(child);
      if (scope.type !== TSESLint.Scope.ScopeType.switch && scope.type !== TSESLint.Scope.ScopeType.class) break;
    }
    while (pending.length > 0) {
      const child = pending.pop()!;
      found.push(...child.references);
      pending.push(...child.childScopes);
    }
    return found;
  }

  /** The innermost scope that contains `node` (a scope `node` itself opens is nested in it). */
  #enclosingScope(node: TSESTree.Node): TSESLint.Scope.Scope | null {
    for (let current = node.parent; current; current = current.parent) {
      const scope = this.#scopeManager.acquire(current, true);
      if (scope) return scope;
    }
    return this.#scopeManager.globalScope;
  }

  #sorted(scope: TSESLint.Scope.Scope): readonly Reference[] {
    let sorted = this.#sortedReferences.get(scope);
    if (!sorted) {
      sorted = [...scope.references].sort((a, b) => a.identifier.range[0] - b.identifier.range[0]);
      this.#sortedReferences.set(scope, sorted);
    }
    return sorted;
  }

  /**
   * The `this` expressions of `root` that are its own `this`: not those inside a non-arrow
   * function or a class nested in it, which have a `this` of their own.
   */
  #thisIn(root: TSESTree.Node): TSESTree.ThisExpression[] {
    const found: TSESTree.ThisExpression[] = [];
    const pending: TSESTree.Node[] = [root];
    while (pending.length > 0) {
      const node = pending.pop()!;
      if (node.type === AST_NODE_TYPES.ThisExpression) found.push(node);
      else if (node !== root && isFunctionNode(node) && node.type !== AST_NODE_TYPES.ArrowFunctionExpression) continue;
      else if (node.type === AST_NODE_TYPES.ClassBody) continue;
      else pushChildren(node, this.#visitorKeys, pending);
    }
    return found;
  }
}

/**
 * What calling an imported binding does to state of the module it comes from (see
 * `EffectsIndex.topLevelStateOf`), or null when it is not a call of an imported function read.
 */
export type ImportedEffects = (callee: TSESTree.Identifier | TSESTree.JSXIdentifier, variable: TSESLint.Scope.Variable) => ClosureEffects | null;

/**
 * Whether a variable is a memo cache of `fn`: a `Map` (or the like) that only `fn` uses, and only
 * as `cache.get(key)`, `cache.has(key)` and `cache.set(key, …)` with one key, all before the
 * function first waits. Each call then does its cache work at once when it starts, so two
 * calls started together see the cache as they would one after the other: with different keys
 * they touch different entries; with the same key the later one finds what the first put there
 * (its promise). So the cache orders nothing between the calls.
 */
function isMemoCacheOf(variable: TSESLint.Scope.Variable, fn: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  const def = variable.defs[0];
  if (
    variable.defs.length !== 1 ||
    def?.type !== TSESLint.Scope.DefinitionType.Variable ||
    def.parent?.type !== AST_NODE_TYPES.VariableDeclaration ||
    def.parent.kind !== 'const'
  )
    return false;
  let key: string | null = null;
  let filled = false;
  let looked = false;
  let last = -Infinity;
  for (const reference of variable.references) {
    if (reference.init === true) continue;
    const identifier = reference.identifier as TSESTree.Node;
    if (!isWithinRange(identifier, fn.range)) return false;
    const member = identifier.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== identifier || member.computed) return false;
    const call = member.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member || call.arguments.length === 0) return false;
    const method = member.property.type === AST_NODE_TYPES.Identifier ? member.property.name : '';
    if (method === 'set') filled = true;
    else if (method === 'get' || method === 'has') looked = true;
    else return false;
    last = Math.max(last, call.range[1]);
    const text = keyText(call.arguments[0]!);
    if (text === null || (key !== null && text !== key)) return false;
    key = text;
  }
  // all of it before the function first waits, so each call does its cache work at once when it starts: after a
  // wait, what a call read may be stale (`const n = counts.get(k); await save(); counts.set(k, n + 1)` loses an
  // update), and which call comes back first decides who reads what (`await loadSeries(); next = last.get(k) + 1`)
  return filled && looked && !waitsBefore(fn, last, visitorKeys);
}

/** Whether the function's own code (not a function nested in it) awaits or yields before a position. */
function waitsBefore(fn: TSESTree.Node, position: number, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  const pending: TSESTree.Node[] = [fn];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node !== fn && isFunctionNode(node)) continue;
    if (node.range[0] >= position) continue;
    if (node.type === AST_NODE_TYPES.AwaitExpression || node.type === AST_NODE_TYPES.YieldExpression) return true;
    if (node.type === AST_NODE_TYPES.ForOfStatement && node.await) return true;
    pushChildren(node, visitorKeys, pending);
  }
  return false;
}

/** The text of a cache key made of names, properties and literals (`name`, `opts.id`, `` `${a}:${b}` ``), or null. */
function keyText(node: TSESTree.Node): string | null {
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
      return node.name;
    case AST_NODE_TYPES.Literal:
      return JSON.stringify(node.value);
    case AST_NODE_TYPES.MemberExpression: {
      const object = keyText(node.object);
      return object !== null && !node.computed && node.property.type === AST_NODE_TYPES.Identifier ? `${object}.${node.property.name}` : null;
    }
    case AST_NODE_TYPES.TemplateLiteral: {
      const parts = node.expressions.map(keyText);
      if (parts.some(part => part === null)) return null;
      return node.quasis.map((quasi, index) => quasi.value.raw + (index < parts.length ? `\${${parts[index]}}` : '')).join('');
    }
    default:
      return null;
  }
}

/** A function's effects outside of itself, and the indexes of the parameters whose objects it changes. */
export interface ClosureEffects extends Effects {
  readonly writtenParameters: ReadonlySet<number>;
  /** For parameters that destructure an object (`{ config, fields }`): the names whose objects it changes. */
  readonly writtenParameterProperties: ReadonlyMap<number, ReadonlySet<string>>;
}

const EMPTY_CLOSURE_EFFECTS: ClosureEffects = {
  reads: new Set(),
  writes: new Set(),
  objectWrites: [],
  objectUses: [],
  writtenParameters: new Set(),
  writtenParameterProperties: new Map(),
};

function addEffects(from: Effects, reads: Set<ObjectRoot>, writes: Set<VariableKey>, objectWrites: ObjectUse[], objectUses: ObjectUse[]): void {
  for (const read of from.reads) reads.add(read);
  for (const written of from.writes) writes.add(written);
  objectWrites.push(...from.objectWrites);
  objectUses.push(...from.objectUses);
}

/** The identifier an argument's object comes from: `options` in `options`, `opts.headers`, `{ ...options }` aside. */
function rootIdentifierOf(node: TSESTree.Node): TSESTree.Identifier | null {
  let current: TSESTree.Node = node;
  while (isTypeWrapper(current) || current.type === AST_NODE_TYPES.MemberExpression)
    current = current.type === AST_NODE_TYPES.MemberExpression ? current.object : current.expression;
  return current.type === AST_NODE_TYPES.Identifier ? current : null;
}

function lowerBound<T>(items: readonly T[], position: number, positionOf: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (positionOf(items[middle]!) < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

function isWithinRange(node: Ranged, range: TSESTree.Range): boolean {
  return node.range[0] >= range[0] && node.range[1] <= range[1];
}

/** A type-only reference (`let x: Foo`, `typeof x` in a type) reads no value. */
function isTypeOnly(reference: Reference): boolean {
  const typed = reference as Reference & { isValueReference?: boolean; isTypeReference?: boolean };
  if (typed.isTypeReference && !typed.isValueReference) return true;
  for (let node: TSESTree.Node | undefined = reference.identifier.parent; node; node = node.parent) {
    if (node.type === AST_NODE_TYPES.TSTypeQuery) return true;
    if (!node.type.startsWith('TS') && node.type !== AST_NODE_TYPES.MemberExpression) return false;
  }
  return false;
}

/** The function a variable names: `function f() {}`, `const f = () => …`, `const f = function () {}`. */
function getDefinedFunction(variable: TSESLint.Scope.Variable): TSESTree.Node | null {
  if (variable.defs.length !== 1) return null;
  const def = variable.defs[0]!;
  // a parameter's definition node is its function too: only function names and variables count
  if (def.type === TSESLint.Scope.DefinitionType.FunctionName && def.node.type === AST_NODE_TYPES.FunctionDeclaration) return def.node;
  if (
    def.type === TSESLint.Scope.DefinitionType.Variable &&
    def.node.type === AST_NODE_TYPES.VariableDeclarator &&
    def.node.id.type === AST_NODE_TYPES.Identifier
  ) {
    const init = def.node.init;
    if (init && (init.type === AST_NODE_TYPES.ArrowFunctionExpression || init.type === AST_NODE_TYPES.FunctionExpression)) {
      return init;
    }
  }
  return null;
}

/** The outermost member expression `node` is the object of, seen through type wrappers. */
function outerMember(node: TSESTree.Node): { member: TSESTree.MemberExpression; first: TSESTree.MemberExpression } | null {
  const current = outsideTypeWrappers(node);
  const first = current.parent;
  if (first?.type !== AST_NODE_TYPES.MemberExpression || first.object !== current) return null;
  let member: TSESTree.MemberExpression = first;
  for (;;) {
    const next = outsideWrappers(member);
    if (next.parent?.type === AST_NODE_TYPES.MemberExpression && next.parent.object === next) member = next.parent;
    else return { member, first };
  }
}

function getObjectUse(node: TSESTree.Identifier | TSESTree.ThisExpression | TSESTree.JSXIdentifier, root: ObjectRoot): ObjectUse {
  const members = outerMember(node);
  // `fn(x)` calls what `fn` holds, and `fn.call(root)` runs `fn` as a method of `root`: neither hands the object on whole
  if (!members) return { root, property: null, isMethodCall: isCallReceiver(node) || isCallee(node) };
  const property = getStaticPropertyName(members.first);
  const callee = outsideWrappers(members.first);
  const isMethodCall = callee.parent?.type === AST_NODE_TYPES.CallExpression && callee.parent.callee === callee;
  return { root, property, isMethodCall };
}

function isCallee(node: TSESTree.Node): boolean {
  const current = outsideTypeWrappers(node);
  return (current.parent?.type === AST_NODE_TYPES.CallExpression || current.parent?.type === AST_NODE_TYPES.NewExpression) && current.parent.callee === current;
}

/** `fn.call(root, …)`, `fn.apply(root, …)`: `fn` runs as a method of `root`. */
function isCallReceiver(node: TSESTree.Node): boolean {
  const call = node.parent;
  return (
    call?.type === AST_NODE_TYPES.CallExpression &&
    call.arguments[0] === node &&
    call.callee.type === AST_NODE_TYPES.MemberExpression &&
    !call.callee.computed &&
    call.callee.property.type === AST_NODE_TYPES.Identifier &&
    (call.callee.property.name === 'call' || call.callee.property.name === 'apply')
  );
}

/** Methods that change the object they are called on: arrays, sets, maps, form data, URL search params. */
const MUTATING_METHODS = new Set([
  'push',
  'pop',
  'shift',
  'unshift',
  'splice',
  'sort',
  'reverse',
  'fill',
  'copyWithin',
  'add',
  'set',
  'delete',
  'clear',
  'append',
]);

/**
 * `root.k = …`, `root.k.j += …`, `root.k++`, `delete root.k`, `[root.k] = …`, and mutating methods
 * (`root.add(x)`, `root.k.push(y)`, `root.set(k, v)`): a write through `root`.
 */
function getObjectWrite(node: TSESTree.Identifier | TSESTree.ThisExpression | TSESTree.JSXIdentifier, root: ObjectRoot): ObjectUse | null {
  const members = outerMember(node);
  if (!members) return isChangedByBuiltIn(node) ? { root, property: null, isMethodCall: false } : null;
  const mutated = mutatedByMethod(members.first);
  if (mutated !== undefined) return { root, property: mutated, isMethodCall: false };
  const target = outsideTypeWrappers(members.member);
  const parent = target.parent;
  const isWrite =
    (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === target) ||
    parent?.type === AST_NODE_TYPES.UpdateExpression ||
    (parent?.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'delete') ||
    isPatternTarget(target);
  return isWrite ? { root, property: getStaticPropertyName(members.first), isMethodCall: false } : null;
}

/** Built-in functions that change the object handed to them first: `Object.assign(glossary, terms)`. */
const MUTATING_BUILT_INS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['Object', new Set(['assign', 'defineProperty', 'defineProperties', 'setPrototypeOf'])],
  ['Reflect', new Set(['set', 'defineProperty', 'deleteProperty', 'setPrototypeOf'])],
]);

/** Whether `node` is the first argument of a built-in that changes it (`Object.assign(node, …)`). */
function isChangedByBuiltIn(node: TSESTree.Node): boolean {
  const current = outsideTypeWrappers(node);
  const call = current.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== current) return false;
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.Identifier) return false;
  const name = getStaticPropertyName(callee);
  return name !== null && MUTATING_BUILT_INS.get(callee.object.name)?.has(name) === true;
}

/**
 * When `root.m(…)` or `root.k.m(…)` calls a mutating method: the property that changes (null for
 * the root itself); undefined when it calls none.
 */
function mutatedByMethod(first: TSESTree.MemberExpression): string | null | undefined {
  // root.add(x): the method is the first member
  if (isMutatingCall(first)) return null;
  // root.k.push(x): the method is the second member
  const outer = outsideWrappers(first);
  if (outer.parent?.type === AST_NODE_TYPES.MemberExpression && outer.parent.object === outer && isMutatingCall(outer.parent))
    return getStaticPropertyName(first);
  return undefined;
}

function isMutatingCall(member: TSESTree.MemberExpression): boolean {
  const name = getStaticPropertyName(member);
  if (name === null || !MUTATING_METHODS.has(name)) return false;
  const callee = outsideWrappers(member);
  return callee.parent?.type === AST_NODE_TYPES.CallExpression && callee.parent.callee === callee;
}

/** A member written by a destructuring pattern (`[obj.a] = …`, `({ k: this.b } = …)`, `for (obj.x of …)`). */
function isPatternTarget(target: TSESTree.Node): boolean {
  let current = target;
  for (let parent = current.parent; parent; current = parent, parent = parent.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.ArrayPattern:
      case AST_NODE_TYPES.ObjectPattern:
      case AST_NODE_TYPES.RestElement:
        continue;
      case AST_NODE_TYPES.Property:
        if (parent.value === current && parent.parent.type === AST_NODE_TYPES.ObjectPattern) continue;
        return false;
      case AST_NODE_TYPES.AssignmentPattern:
        if (parent.left === current) continue;
        return false;
      case AST_NODE_TYPES.AssignmentExpression:
        return parent.left === current && current !== target;
      case AST_NODE_TYPES.ForInStatement:
      case AST_NODE_TYPES.ForOfStatement:
        return parent.left === current;
      default:
        return false;
    }
  }
  return false;
}

/** Whether a reference to an object is where it is written (`obj.k = v`, `obj.push(v)`, `delete obj.k`), not a read of it. */
export function isObjectWriteSite(identifier: TSESTree.Identifier): boolean {
  return getObjectWrite(identifier, THIS) !== null;
}

/** Whether `later` reads or touches anything `earlier` wrote. */
export function dependsOn(later: Effects, earlier: Effects): boolean {
  for (const written of earlier.writes) if (later.reads.has(written)) return true;
  for (const write of earlier.objectWrites) {
    for (const use of later.objectUses) {
      if (use.root !== write.root) continue;
      if (use.property === null || write.property === null || use.isMethodCall || use.property === write.property) {
        return true;
      }
    }
  }
  return false;
}

/** Whether two pieces of code touch a common variable or object (for ordered effects). */
export function sharesAnything(a: Effects, b: Effects): boolean {
  for (const read of a.reads) if (b.reads.has(read)) return true;
  for (const written of a.writes) if (b.reads.has(written) || b.writes.has(written)) return true;
  for (const written of b.writes) if (a.reads.has(written)) return true;
  return false;
}

/**
 * Effects gathered piece by piece (a growing group): each use kept once, so that adding many
 * pieces that touch the same things costs what they add, not what was gathered before.
 */
export class EffectsAccumulator implements Effects {
  readonly reads = new Set<ObjectRoot>();
  readonly writes = new Set<VariableKey>();
  readonly objectWrites: ObjectUse[] = [];
  readonly objectUses: ObjectUse[] = [];
  readonly #seenWrites = new SeenUses();
  readonly #seenUses = new SeenUses();

  add(effects: Effects): this {
    for (const read of effects.reads) this.reads.add(read);
    for (const written of effects.writes) this.writes.add(written);
    for (const use of effects.objectWrites) if (this.#seenWrites.isNew(use)) this.objectWrites.push(use);
    for (const use of effects.objectUses) if (this.#seenUses.isNew(use)) this.objectUses.push(use);
    return this;
  }
}

/** The uses seen so far: the same root, property and kind of use count once. */
class SeenUses {
  readonly #keys = new Map<ObjectRoot, Set<string>>();

  /** Whether `use` is the first of its kind; it is seen from now on. */
  isNew(use: ObjectUse): boolean {
    const key = `${use.isMethodCall ? 1 : 0}${use.property ?? ''}`;
    let keys = this.#keys.get(use.root);
    if (!keys) {
      keys = new Set();
      this.#keys.set(use.root, keys);
    }
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  }
}

/** Effects of several pieces of code together. */
export function mergeEffects(parts: readonly Effects[]): Effects {
  const reads = new Set<ObjectRoot>();
  const writes = new Set<VariableKey>();
  const objectWrites: ObjectUse[] = [];
  const objectUses: ObjectUse[] = [];
  for (const part of parts) {
    for (const read of part.reads) reads.add(read);
    for (const written of part.writes) writes.add(written);
    objectWrites.push(...part.objectWrites);
    objectUses.push(...part.objectUses);
  }
  return { reads, writes, objectWrites, objectUses };
}

/** The uses of a list, each once (the same root, property and kind of use). */
function uniqueUses(uses: readonly ObjectUse[]): ObjectUse[] {
  // a few repeats cost less than looking for them; what doubles at every level is soon longer
  if (uses.length <= 32) return uses as ObjectUse[];
  const seen = new SeenUses();
  return uses.filter(use => seen.isNew(use));
}

/** Whether `node` sits in a loop that is `root` or inside it: code before it in the loop runs again after it. */
function isInLoopWithin(node: TSESTree.Node, root: TSESTree.Node): boolean {
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
    if (current !== node && isLoop(current)) return true;
    if (current === root) return false;
  }
  return false;
}
