import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isFunctionNode, isLoop, isPromiseCombinator, isWithin, pushChildren, resolveVariable, skipTypeWrappers } from './ast.js';
import { recoveringTryAround } from './catch-clauses.js';
import { functionCalled, getCalledName, getCalleePath, getChainCalls, getWorkStart, type WorkStart } from './called-names.js';
import { takesTime, UNKNOWN_READ } from './calls/operation.js';
import { isNamedAsComputation } from './calls/verbs.js';
import { confirmWithImports, mayBeConfirmed, SharedModel, workOf, type CallModelOptions, type SourceFacts } from './shared-model.js';
import { isObjectWriteSite, THIS, type EffectsIndex, type ObjectRoot } from './statement-effects.js';

export type LoopStatement = TSESTree.ForOfStatement | TSESTree.ForStatement | TSESTree.ForInStatement;

/** How a loop walks its collection. */
export type LoopShape =
  /** `for (const item of items)` (also `let`/`var`, any binding pattern). */
  | { readonly kind: 'for-of'; readonly item: TSESTree.VariableDeclaration; readonly collection: TSESTree.Expression }
  /** `for (let i = 0; i < items.length; i++)`. */
  | { readonly kind: 'index'; readonly index: TSESTree.Identifier; readonly collection: TSESTree.Expression; readonly start: number }
  /** `for (const key in object)`. */
  | { readonly kind: 'for-in'; readonly item: TSESTree.VariableDeclaration; readonly collection: TSESTree.Expression };

/** A loop whose iterations await independent work, one after another. */
export interface SequentialLoop {
  readonly loop: LoopStatement;
  readonly shape: LoopShape;
  /** The awaits of one iteration, in source order. */
  readonly awaits: readonly TSESTree.AwaitExpression[];
  /** What the iterations wait for, for the message: `getUser(…)`. */
  readonly awaited: string;
}

/**
 * Finds the loops of a file whose iterations are independent, so that the awaited work of all of
 * them could start together: `for…of` over a collection that exists before the loop, the index
 * loop over `items[i]`, `for…in`; each iteration awaits reads (what calls do is the group
 * analysis' model) that use its item; no iteration reads what another wrote; nothing decides to
 * stop; nothing orders it. Pure: it reads the AST and scopes and reports nothing itself.
 */
export function findSequentialLoops(facts: SourceFacts, options: CallModelOptions): SequentialLoop[] {
  return confirmWithImports(
    facts,
    withFacts => findLoops(withFacts, SharedModel.forFile(withFacts, options)),
    found => found.awaits.map(workOf),
  );
}

function findLoops(facts: SourceFacts, model: SharedModel): SequentialLoop[] {
  const byLoop = new Map<LoopStatement, TSESTree.AwaitExpression[]>();
  const spoiled = new Set<LoopStatement>();
  for (const awaitNode of facts.awaits) {
    // an await is per-iteration work of every loop around it, up to its function: nested loops included
    for (const { loop, inHead } of enclosingLoops(awaitNode)) {
      if (inHead) {
        spoiled.add(loop);
        continue;
      }
      const list = byLoop.get(loop);
      if (list) list.push(awaitNode);
      else byLoop.set(loop, [awaitNode]);
    }
  }
  const found: SequentialLoop[] = [];
  for (const [loop, awaits] of byLoop) {
    if (spoiled.has(loop) || !awaits.some(awaitNode => mayBeConfirmed(facts, workOf(awaitNode)))) continue;
    awaits.sort((a, b) => a.range[0] - b.range[0]);
    const verdict = judgeLoop(loop, awaits, facts, model);
    if (verdict) found.push(verdict);
  }
  // of a nested pair, the inner loop is the one to gather when it can be: gathering the outer one
  // too would start every inner iteration of every outer one at once
  const reported = new Set<TSESTree.Node>(found.map(verdict => verdict.loop));
  const outer = new Set<TSESTree.Node>();
  for (const { loop } of found) {
    for (let parent: TSESTree.Node | undefined = loop.parent; parent && !isFunctionNode(parent); parent = parent.parent)
      if (reported.has(parent)) outer.add(parent);
  }
  return found.filter(verdict => !outer.has(verdict.loop)).sort((a, b) => a.loop.range[0] - b.loop.range[0]);
}

function judgeLoop(loop: LoopStatement, awaits: readonly TSESTree.AwaitExpression[], facts: SourceFacts, model: SharedModel): SequentialLoop | null {
  const shape = loopShape(loop, facts.visitorKeys);
  if (!shape || !stopsOnlyAtTheEnd(loop, facts.visitorKeys)) return null;
  if (model.serial.isSerialized(loop)) return null;
  const itemVariables = loopVariables(loop, shape, facts.scopeManager);
  let takingTime = false;
  let passesItem = false;
  for (const awaitNode of awaits) {
    if (isDiscarded(awaitNode)) return null;
    const start = getWorkStart(awaitNode.argument);
    if (!start || isPromiseCombinator(start)) return null;
    // the items are the work (`for (const hook of hooks) await hook(…)`), or a callback given to a helper
    if (callsAFunctionValue(start, loop, facts.scopeManager)) return null;
    const operation = model.calls.classify(start);
    // a write per item, a guard, an ordered call, or one client that does one thing at a time (a page)
    if (operation.kind !== 'read' || operation.exclusive) return null;
    const operand = model.effects.effectsOf(awaitNode.argument);
    // work for the item: it reads the item, or something the iteration derived from it (an inner
    // loop's item, a local). Work that reads neither is the same every time: it belongs before the loop
    if (![...operand.reads].some(read => itemVariables.has(read) || (typeof read !== 'string' && read.defs.some(def => isWithin(def.name, loop))))) return null;
    // a loop starts every item's work at once, so it asks for better evidence that the work waits
    // on something: a call nothing describes but its name (`parseFile`, `renderPage`) computes
    if (takesTime(operation) && !(!operation.known && operation.reason === UNKNOWN_READ.reason && isNamedAsComputation(getCalledName(start) ?? '')))
      takingTime = true;
    if (passesAnItem(start, itemVariables, facts.scopeManager)) passesItem = true;
  }
  if (!takingTime || dependsAcrossIterations(loop, shape, itemVariables, awaits, model.effects)) return null;
  const changes = outerChanges(loop, model.effects, itemVariables);
  // items the body changes while the awaited work gets them whole: one item's work may read another's change
  if (passesItem && changes.itemWrites) return null;
  // a failure the loop's `try` recovers from keeps what the iterations before it did; Promise.all keeps none, or all
  if (changes.roots.size > 0 && recoveringTryAround(loop, facts.visitorKeys)) return null;
  // the work that starts the chain names it best: `getUser` of `getUser(id).catch(…)`, `db.selectFrom` of a query
  const first = getChainCalls(getWorkStart(awaits[0]!.argument)!).at(-1)!;
  return { loop, shape, awaits, awaited: `${shortPath(getCalleePath(first))}(…)` };
}

/**
 * Whether the chain that starts the work calls a function value nothing describes: one the loop
 * gets from its collection (`for (const hook of hooks) await hook(…)`, an inner loop's item, a
 * local taken from an item), or one the enclosing function was given (`runSerial(items, cb)`).
 * A list of hooks, steps or middleware runs in its order by design, and a helper that takes a
 * callback and awaits it per item is often there to run it one item at a time.
 */
function callsAFunctionValue(start: WorkStart, loop: LoopStatement, scopeManager: TSESLint.Scope.ScopeManager): boolean {
  const first = getChainCalls(start).at(-1);
  // `listener(…)`, and `listener.apply(this, args)` alike
  const callee = first?.type === AST_NODE_TYPES.CallExpression ? skipTypeWrappers(functionCalled(first)) : null;
  if (callee?.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = resolveVariable(callee, scopeManager);
  const def = variable?.defs[0];
  if (!def) return false;
  if (def.type === TSESLint.Scope.DefinitionType.Parameter) return !isHandedFetch(def.name as TSESTree.Identifier);
  return def.type === TSESLint.Scope.DefinitionType.Variable && isWithin(def.name, loop);
}

/**
 * Whether a parameter is a Fetch API implementation: `fetch` taken from the object a function is
 * handed (SvelteKit's load event `{ fetch }`, an options object), or typed `typeof fetch`. A
 * parameter that is only named `fetch` may be any step a caller passes.
 */
function isHandedFetch(name: TSESTree.Identifier): boolean {
  if (name.name !== 'fetch') return false;
  const annotation = name.typeAnnotation?.typeAnnotation;
  if (annotation)
    return annotation.type === AST_NODE_TYPES.TSTypeQuery && annotation.exprName.type === AST_NODE_TYPES.Identifier && annotation.exprName.name === 'fetch';
  let parent = name.parent;
  if (parent?.type === AST_NODE_TYPES.AssignmentPattern) parent = parent.parent;
  return parent?.type === AST_NODE_TYPES.Property && parent.parent?.type === AST_NODE_TYPES.ObjectPattern;
}

/**
 * Whether one iteration's work may depend on what another wrote. What the body changes outside
 * itself (a cursor, a counter, a `Set`, an object's properties) matters when it is read by the
 * awaited work, or by code that runs before the last await (it may decide whether or with what
 * the work runs: `if (seen.has(url)) continue`). Read after the last await (`total += bytes`,
 * `console.log(labels[id])`) it is an effect that a rewrite keeps in order. A `this` field the
 * body writes, and the collection it walks, always count.
 */
function dependsAcrossIterations(
  loop: LoopStatement,
  shape: LoopShape,
  itemVariables: ReadonlySet<unknown>,
  awaits: readonly TSESTree.AwaitExpression[],
  effects: EffectsIndex,
): boolean {
  const body = effects.effectsOf(loop.body);
  if (shape.kind === 'index' && [...body.writes].some(written => itemVariables.has(written))) return true;
  const { roots: changed, writesThis } = outerChanges(loop, effects, itemVariables);
  if (writesThis) return true;
  if (changed.size === 0) return false;
  const collection = effects.effectsOf(shape.collection);
  if ([...changed].some(root => collection.reads.has(root))) return true;
  // the awaited work itself, with what the local functions it calls read
  for (const awaitNode of awaits) {
    const operand = effects.effectsOf(awaitNode.argument);
    if ([...changed].some(root => operand.reads.has(root))) return true;
  }
  // code before the last await: direct reads (the writes themselves aside), and local functions it calls
  const lastAwait = awaits.at(-1)!;
  for (const root of changed) {
    if (typeof root === 'string') continue;
    for (const reference of root.references) {
      const identifier = reference.identifier as TSESTree.Identifier;
      if (!isWithin(identifier, loop.body) || identifier.range[0] >= lastAwait.range[0] || !reference.isRead()) continue;
      if (isObjectWriteSite(identifier)) continue;
      return true;
    }
  }
  for (const call of callsBefore(loop.body, lastAwait, effects)) {
    if ([...changed].some(root => call.reads.has(root))) return true;
  }
  return false;
}

/**
 * What the body changes that outlives an iteration: variables and objects declared outside the
 * loop (`this` apart), and whether it changes the items themselves (`page.html = …`).
 */
function outerChanges(
  loop: LoopStatement,
  effects: EffectsIndex,
  itemVariables: ReadonlySet<unknown> = new Set(),
): { roots: Set<ObjectRoot>; writesThis: boolean; itemWrites: boolean } {
  const body = effects.effectsOf(loop.body);
  const isOuter = (root: ObjectRoot): boolean => root === THIS || typeof root === 'string' || !root.defs.some(def => isWithin(def.name, loop));
  const roots = new Set<ObjectRoot>();
  let writesThis = false;
  let itemWrites = false;
  for (const written of body.writes) if (isOuter(written)) roots.add(written);
  for (const write of body.objectWrites) {
    if (write.root === THIS) writesThis = true;
    else if (isOuter(write.root)) roots.add(write.root);
    if (itemVariables.has(write.root)) itemWrites = true;
  }
  return { roots, writesThis, itemWrites };
}

/** Whether the awaited chain hands an item itself (not a part of it) to a call: `render(page)`. */
function passesAnItem(start: WorkStart, itemVariables: ReadonlySet<unknown>, scopeManager: TSESLint.Scope.ScopeManager): boolean {
  return getChainCalls(start).some(
    call =>
      call.type === AST_NODE_TYPES.CallExpression &&
      call.arguments.some(argument => {
        const value = skipTypeWrappers(argument.type === AST_NODE_TYPES.SpreadElement ? argument.argument : argument);
        return value.type === AST_NODE_TYPES.Identifier && itemVariables.has(resolveVariable(value, scopeManager));
      }),
  );
}

/** What the calls of local functions made before `limit` in `body` read (with what those functions read). */
function callsBefore(body: TSESTree.Node, limit: TSESTree.Node, effects: EffectsIndex): { reads: ReadonlySet<ObjectRoot> }[] {
  const found: { reads: ReadonlySet<ObjectRoot> }[] = [];
  const pending: TSESTree.Node[] = [body];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (isFunctionNode(node) || node.range[0] >= limit.range[0]) continue;
    if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.Identifier) found.push(effects.effectsOf(node.callee));
    for (const key of Object.keys(node)) {
      if (key === 'parent') continue;
      const value = (node as unknown as Record<string, unknown>)[key];
      for (const child of Array.isArray(value) ? value : [value]) {
        if (child && typeof child === 'object' && typeof (child as TSESTree.Node).type === 'string') pending.push(child as TSESTree.Node);
      }
    }
  }
  return found;
}

/** A callee path short enough for a message: `db.user.findMany`, `db.…executeTakeFirst`. */
function shortPath(path: string | null): string {
  if (path === null) return 'work';
  const segments = path.split('.');
  return segments.length > 3 ? `${segments[0]}.…${segments.at(-1)}` : path;
}

/** The loops an await runs in once per iteration, innermost first, or whose head holds it; functions stop the search. */
function enclosingLoops(awaitNode: TSESTree.AwaitExpression): { loop: LoopStatement; inHead: boolean }[] {
  const loops: { loop: LoopStatement; inHead: boolean }[] = [];
  let child: TSESTree.Node = awaitNode;
  for (let parent: TSESTree.Node | undefined = child.parent; parent; child = parent, parent = parent.parent) {
    if (isFunctionNode(parent)) break;
    if (isLoopStatement(parent)) loops.push({ loop: parent, inHead: parent.body !== child });
  }
  return loops;
}

function isLoopStatement(node: TSESTree.Node): node is LoopStatement {
  return node.type === AST_NODE_TYPES.ForOfStatement || node.type === AST_NODE_TYPES.ForStatement || node.type === AST_NODE_TYPES.ForInStatement;
}

/** The shapes of loop the rule knows; null for any other (`for await`, a loop over a generator, an index loop that is not the plain one). */
export function loopShape(loop: LoopStatement, visitorKeys: TSESLint.SourceCode.VisitorKeys): LoopShape | null {
  if (loop.type === AST_NODE_TYPES.ForOfStatement) {
    if (loop.await || loop.left.type !== AST_NODE_TYPES.VariableDeclaration || loop.left.declarations.length !== 1) return null;
    if (loop.left.kind !== 'const' && loop.left.kind !== 'let' && loop.left.kind !== 'var') return null;
    return isStableCollection(loop.right, visitorKeys) ? { kind: 'for-of', item: loop.left, collection: loop.right } : null;
  }
  if (loop.type === AST_NODE_TYPES.ForInStatement) {
    if (loop.left.type !== AST_NODE_TYPES.VariableDeclaration || loop.left.declarations.length !== 1) return null;
    const object = skipTypeWrappers(loop.right);
    return object.type === AST_NODE_TYPES.Identifier || isPlainMember(object) ? { kind: 'for-in', item: loop.left, collection: loop.right } : null;
  }
  return indexLoopShape(loop);
}

/** `for (let i = 0; i < items.length; i++)`, `++i`, `i += 1`; from any whole number (`let i = 1`: each item with the one before). */
function indexLoopShape(loop: TSESTree.ForStatement): LoopShape | null {
  const { init, test, update } = loop;
  if (init?.type !== AST_NODE_TYPES.VariableDeclaration || init.kind !== 'let' || init.declarations.length !== 1) return null;
  const declarator = init.declarations[0]!;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || declarator.init?.type !== AST_NODE_TYPES.Literal) return null;
  const start = declarator.init.value;
  if (typeof start !== 'number' || !Number.isSafeInteger(start) || start < 0) return null;
  const index = declarator.id;
  if (test?.type !== AST_NODE_TYPES.BinaryExpression || test.operator !== '<' || test.left.type !== AST_NODE_TYPES.Identifier || test.left.name !== index.name)
    return null;
  const bound = skipTypeWrappers(test.right);
  if (bound.type !== AST_NODE_TYPES.MemberExpression || bound.computed || bound.property.type !== AST_NODE_TYPES.Identifier || bound.property.name !== 'length')
    return null;
  const collection = skipTypeWrappers(bound.object);
  if (collection.type !== AST_NODE_TYPES.Identifier && !isPlainMember(collection)) return null;
  const isStep =
    (update?.type === AST_NODE_TYPES.UpdateExpression &&
      update.operator === '++' &&
      update.argument.type === AST_NODE_TYPES.Identifier &&
      update.argument.name === index.name) ||
    (update?.type === AST_NODE_TYPES.AssignmentExpression &&
      update.operator === '+=' &&
      update.left.type === AST_NODE_TYPES.Identifier &&
      update.left.name === index.name &&
      update.right.type === AST_NODE_TYPES.Literal &&
      update.right.value === 1);
  return isStep ? { kind: 'index', index, collection: bound.object, start } : null;
}

/** Calls whose result is a collection made before the loop starts (not a generator, not a stream). */
const COLLECTION_METHODS = new Set([
  'map',
  'filter',
  'flat',
  'flatMap',
  'slice',
  'sort',
  'toSorted',
  'toReversed',
  'reverse',
  'concat',
  'split',
  'entries',
  'keys',
  'values',
  'from',
  'of',
  'fill',
  'splice',
  'toSpliced',
  'with',
  'match',
  'matchAll',
]);

/** `items`, `this.items`, `[a, b]`, `Object.entries(x)`, `map.entries()`, `Array.from(x)`, `ids.filter(…)`, `new Set(x)`, `await listIds()`. */
function isStableCollection(node: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  const inner = skipTypeWrappers(node);
  switch (inner.type) {
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.AwaitExpression:
      return true;
    case AST_NODE_TYPES.MemberExpression:
      return isPlainMember(inner);
    case AST_NODE_TYPES.NewExpression:
      return inner.callee.type === AST_NODE_TYPES.Identifier && /^(?:Set|Map|Array)$/.test(inner.callee.name);
    case AST_NODE_TYPES.CallExpression: {
      const callee = skipTypeWrappers(inner.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) return false;
      if (!COLLECTION_METHODS.has(callee.property.name)) return false;
      // `Object.entries(x)`, `Array.from(x)`, or a method of a stable collection
      const object = skipTypeWrappers(callee.object);
      return (object.type === AST_NODE_TYPES.Identifier && (object.name === 'Object' || object.name === 'Array')) || isStableCollection(object, visitorKeys);
    }
    default:
      return false;
  }
}

function isPlainMember(node: TSESTree.Node): boolean {
  let current: TSESTree.Node = node;
  while (current.type === AST_NODE_TYPES.MemberExpression) {
    if (current.computed && current.property.type !== AST_NODE_TYPES.Literal) return false;
    current = skipTypeWrappers(current.object);
  }
  return current.type === AST_NODE_TYPES.Identifier || current.type === AST_NODE_TYPES.ThisExpression;
}

/**
 * Whether the loop runs to the end of its collection whatever happens: no `break`, `return`,
 * `throw` or `yield` in its body (outside nested functions), and no `continue` to an outer loop.
 */
function stopsOnlyAtTheEnd(loop: LoopStatement, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  const ownLabel = loop.parent?.type === AST_NODE_TYPES.LabeledStatement ? loop.parent.label.name : null;
  const pending: { node: TSESTree.Node; nested: boolean }[] = [{ node: loop.body, nested: false }];
  while (pending.length > 0) {
    const { node, nested } = pending.pop()!;
    if (isFunctionNode(node) || node.type === AST_NODE_TYPES.ClassBody) continue;
    switch (node.type) {
      case AST_NODE_TYPES.ReturnStatement:
      case AST_NODE_TYPES.ThrowStatement:
      case AST_NODE_TYPES.YieldExpression:
        return false;
      case AST_NODE_TYPES.BreakStatement:
        if (node.label || !nested) return false;
        break;
      case AST_NODE_TYPES.ContinueStatement:
        if (node.label && node.label.name !== ownLabel) return false;
        break;
      default:
        break;
    }
    const children: TSESTree.Node[] = [];
    pushChildren(node, visitorKeys, children);
    const opensNesting = node.type === AST_NODE_TYPES.SwitchStatement || isLoop(node);
    for (const child of children) pending.push({ node: child, nested: nested || opensNesting });
  }
  return true;
}

/** The variables an iteration gets: the item pattern's names, or the index. */
function loopVariables(loop: LoopStatement, shape: LoopShape, scopeManager: TSESLint.Scope.ScopeManager): ReadonlySet<unknown> {
  const declaration = shape.kind === 'index' ? (loop as TSESTree.ForStatement).init! : shape.item;
  return new Set(scopeManager.getDeclaredVariables(declaration));
}

/** `await f(x);` as a statement of its own, or under `void`: awaited for its effect. */
function isDiscarded(awaitNode: TSESTree.AwaitExpression): boolean {
  let current: TSESTree.Node = awaitNode;
  while (
    current.parent &&
    (current.parent.type === AST_NODE_TYPES.ChainExpression ||
      current.parent.type === AST_NODE_TYPES.TSAsExpression ||
      current.parent.type === AST_NODE_TYPES.TSNonNullExpression)
  )
    current = current.parent;
  const parent = current.parent;
  return parent?.type === AST_NODE_TYPES.ExpressionStatement || (parent?.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'void');
}
