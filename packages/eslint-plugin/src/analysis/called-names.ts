import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { getStaticPropertyName, isTypeWrapper, skipTypeWrappers } from './ast.js';

/** The call-like node an await's operand starts, or null when it starts nothing (`await p`). */
export type WorkStart = TSESTree.CallExpression | TSESTree.ImportExpression | TSESTree.NewExpression | TSESTree.TaggedTemplateExpression;

/** The call, `new`, tagged template or `import()` an operand starts, seen through type wrappers. */
export function getWorkStart(operand: TSESTree.Node): WorkStart | null {
  const node = skipTypeWrappers(operand);
  switch (node.type) {
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.ImportExpression:
    case AST_NODE_TYPES.NewExpression:
    case AST_NODE_TYPES.TaggedTemplateExpression:
      return node;
    default:
      return null;
  }
}

/** Every call in a call chain, outermost first: `db.insert(t).values(v)` gives the `values` then `insert` calls. */
export function getChainCalls(start: WorkStart): WorkStart[] {
  const calls: WorkStart[] = [start];
  let current: TSESTree.Node = calleeOf(start) ?? start;
  for (;;) {
    current = skipTypeWrappers(current);
    if (current.type === AST_NODE_TYPES.MemberExpression) {
      current = current.object;
    } else if (
      current.type === AST_NODE_TYPES.CallExpression ||
      current.type === AST_NODE_TYPES.NewExpression ||
      current.type === AST_NODE_TYPES.TaggedTemplateExpression
    ) {
      calls.push(current);
      current = calleeOf(current) ?? current;
    } else {
      return calls;
    }
  }
}

function calleeOf(call: WorkStart): TSESTree.Node | null {
  switch (call.type) {
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return functionCalled(call);
    case AST_NODE_TYPES.TaggedTemplateExpression:
      return withoutSequence(call.tag);
    default:
      return null;
  }
}

/**
 * The function a call runs: its callee, or `fn` of `fn.call(this, …)` and `fn.apply(null, args)`
 * (Function.prototype's, as compiled code and n8n nodes call their helpers), when the first
 * argument is `this`, `null` or `undefined`: `rpc.call('getBalance')` stays a call of `call`.
 */
export function functionCalled(call: TSESTree.CallExpression | TSESTree.NewExpression): TSESTree.Node {
  const callee = withoutSequence(call.callee);
  if (call.type !== AST_NODE_TYPES.CallExpression || callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return callee;
  if (callee.property.type !== AST_NODE_TYPES.Identifier || (callee.property.name !== 'call' && callee.property.name !== 'apply')) return callee;
  const thisArgument = call.arguments[0];
  const isThisArgument =
    thisArgument?.type === AST_NODE_TYPES.ThisExpression ||
    (thisArgument?.type === AST_NODE_TYPES.Literal && thisArgument.value === null) ||
    (thisArgument?.type === AST_NODE_TYPES.Identifier && thisArgument.name === 'undefined');
  return isThisArgument ? withoutSequence(callee.object) : callee;
}

/** Compiled code calls imports as `(0, module_1.fn)(…)`: the callee is the sequence's last expression. */
export function withoutSequence(node: TSESTree.Node): TSESTree.Node {
  return node.type === AST_NODE_TYPES.SequenceExpression ? node.expressions.at(-1)! : node;
}

/** The name a call is made by: `save` for `repo.save(x)`, `fetch` for `fetch(u)`. */
export function getCalledName(call: WorkStart): string | null {
  const callee = calleeOf(call);
  return callee ? getNameOf(callee) : null;
}

/** The name a callee or tag ends in: `promisify`, `util.promisify`, through type wrappers. */
export function getNameOf(node: TSESTree.Node): string | null {
  const inner = skipTypeWrappers(node);
  if (inner.type === AST_NODE_TYPES.Identifier) return inner.name;
  if (inner.type === AST_NODE_TYPES.MemberExpression) return getStaticPropertyName(inner);
  return null;
}

/**
 * The dotted path of a call's callee, with calls in the chain elided:
 * `this.api.get`, `db.insert.values`, `fetch`. Used to match `ignoreCallees` patterns.
 */
export function getCalleePath(call: WorkStart): string | null {
  const callee = calleeOf(call);
  return callee ? pathOf(callee) : null;
}

function pathOf(node: TSESTree.Node): string | null {
  const inner = skipTypeWrappers(node);
  switch (inner.type) {
    case AST_NODE_TYPES.Identifier:
      return inner.name;
    case AST_NODE_TYPES.ThisExpression:
      return 'this';
    case AST_NODE_TYPES.Super:
      return 'super';
    case AST_NODE_TYPES.MemberExpression: {
      const objectPath = pathOf(inner.object);
      const name = getStaticPropertyName(inner) ?? '[]';
      return objectPath === null ? name : `${objectPath}.${name}`;
    }
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return pathOf(inner.callee);
    case AST_NODE_TYPES.TaggedTemplateExpression:
      return pathOf(inner.tag);
    default:
      return null;
  }
}

/** The identifier a call chain starts from: `db` in `db.user.create()`, null for `this`/calls. */
export function getRootIdentifier(call: WorkStart): TSESTree.Identifier | null {
  let current: TSESTree.Node | null = calleeOf(call);
  while (current) {
    if (isTypeWrapper(current) || current.type === AST_NODE_TYPES.ChainExpression) {
      current = current.expression;
    } else if (current.type === AST_NODE_TYPES.MemberExpression) {
      current = current.object;
    } else if (current.type === AST_NODE_TYPES.CallExpression || current.type === AST_NODE_TYPES.NewExpression) {
      current = withoutSequence(current.callee);
    } else if (current.type === AST_NODE_TYPES.TaggedTemplateExpression) {
      current = withoutSequence(current.tag);
    } else if (current.type === AST_NODE_TYPES.Identifier) {
      return current;
    } else {
      return null;
    }
  }
  return null;
}

/** `findOrCreateUser` -> find, or, create, user; `$transaction` -> transaction; `get_user` -> get, user. */
export function splitWords(name: string): readonly string[] {
  let words = WORDS.get(name);
  if (!words) {
    words = name
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .split(/[^A-Za-z0-9]+/)
      .filter(word => word.length > 0)
      .map(word => word.toLowerCase());
    // names repeat across the files of a run: keep the words of the most recent ones
    if (WORDS.size >= MAX_CACHED_NAMES) WORDS.clear();
    WORDS.set(name, words);
  }
  return words;
}

const WORDS = new Map<string, readonly string[]>();
const MAX_CACHED_NAMES = 10_000;
