import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { skipTypeWrappers } from './ast.js';
import type { CalleeMatcher } from './callee-patterns.js';
import {
  getCalledName,
  getCalleePath,
  getChainCalls,
  getRootIdentifier,
  getVerbs,
  splitWords,
  type WorkStart,
} from './called-names.js';
import {
  SERIALIZING_CALL_WORDS,
  SINGLE_CONNECTION_CLASS_NAME,
  SINGLE_CONNECTION_RECEIVER_NAMES,
  STATEFUL_READ_NAMES,
  TEMPORARY_RESOURCE_WORDS,
  TRANSACTION_RECEIVER_NAMES,
} from './order-sensitive-names.js';

/** Why an awaited call must keep its place in the sequence. */
export type OrderSensitivity = 'effect' | 'ignored' | 'single-connection' | 'stateful-read' | 'transactional';

export interface OrderPolicy {
  /** Lower-case effect verbs, built on first use (most files never need them). */
  readonly effectVerbs: () => ReadonlySet<string>;
  readonly isIgnoredCallee: CalleeMatcher;
  /** Per lint run: whether a called name has an effect verb (names repeat a lot in a file). */
  readonly effectNames: Map<string, boolean>;
  /** Per lint run: whether a called name opens a serialized section. */
  readonly serializingNames: Map<string, boolean>;
}

const STATEFUL_READS = new Set(STATEFUL_READ_NAMES);
const SINGLE_CONNECTION_RECEIVERS = new Set(SINGLE_CONNECTION_RECEIVER_NAMES);
const TEMPORARY_RESOURCE = new Set(TEMPORARY_RESOURCE_WORDS);
const SERIALIZING_WORDS = new Set(SERIALIZING_CALL_WORDS);
const TRANSACTION_RECEIVERS = new Set(TRANSACTION_RECEIVER_NAMES);
const READ_ONLY_HTTP_METHODS = new Set(['get', 'head', 'options']);
const BEGIN_STATEMENT = /^\s*(?:begin|start\s+transaction)\b/i;

/** Whether an awaited call's place in the order matters, and why; null when it can move. */
export function getOrderSensitivity(start: WorkStart, policy: OrderPolicy): OrderSensitivity | null {
  if (!policy.isIgnoredCallee.isEmpty) {
    const path = getCalleePath(start);
    if (path !== null && policy.isIgnoredCallee(path)) return 'ignored';
  }
  const calledName = getCalledName(start);
  if (calledName !== null && STATEFUL_READS.has(calledName)) return 'stateful-read';
  const root = getRootIdentifier(start);
  const chain = getChainCalls(start);
  if (isTransactional(root, chain)) return 'transactional';
  if (isThroughSingleConnection(start, root)) return 'single-connection';
  if (root && /te?mp/i.test(root.name) && splitWords(root.name).some(word => TEMPORARY_RESOURCE.has(word))) return 'effect';
  for (const call of chain) {
    const name = getCalledName(call);
    if (name !== null && isEffectName(name, policy)) return 'effect';
    if (hasWritingHttpMethod(call)) return 'effect';
  }
  return null;
}

function isEffectName(name: string, policy: OrderPolicy): boolean {
  let known = policy.effectNames.get(name);
  if (known === undefined) {
    const verbs = policy.effectVerbs();
    known = getVerbs(name).some(verb => verbs.has(verb));
    policy.effectNames.set(name, known);
  }
  return known;
}

/** `queryRunner.query()`, `this.conn.execute()`, or `this.query()` inside `class …QueryRunner`. */
function isThroughSingleConnection(start: WorkStart, root: TSESTree.Identifier | null): boolean {
  if (root) return SINGLE_CONNECTION_RECEIVERS.has(root.name);
  let callee: TSESTree.Node | null =
    start.type === AST_NODE_TYPES.CallExpression || start.type === AST_NODE_TYPES.NewExpression ? start.callee : null;
  while (callee?.type === AST_NODE_TYPES.MemberExpression) {
    const object: TSESTree.Node = callee.object;
    if (object.type === AST_NODE_TYPES.ThisExpression) {
      const property = callee.property.type === AST_NODE_TYPES.Identifier ? callee.property.name : '';
      return SINGLE_CONNECTION_RECEIVERS.has(property) || SINGLE_CONNECTION_CLASS_NAME.test(enclosingClassName(start) ?? '');
    }
    callee = object;
  }
  return false;
}

function enclosingClassName(node: TSESTree.Node): string | null {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassDeclaration || current.type === AST_NODE_TYPES.ClassExpression) {
      return current.id?.name ?? null;
    }
  }
  return null;
}

/** Calls on a transaction handle (`tx.user.create()`, `trx('users')`) or passing `{ transaction }`. */
function isTransactional(root: TSESTree.Identifier | null, chain: readonly WorkStart[]): boolean {
  if (root && TRANSACTION_RECEIVERS.has(root.name)) return true;
  return chain.some(call => argumentsOf(call).some(isTransactionOption));
}

function isTransactionOption(argument: TSESTree.Node): boolean {
  return (
    argument.type === AST_NODE_TYPES.ObjectExpression &&
    argument.properties.some(
      property =>
        property.type === AST_NODE_TYPES.Property &&
        !property.computed &&
        property.key.type === AST_NODE_TYPES.Identifier &&
        (property.key.name === 'transaction' || property.key.name === 'session'),
    )
  );
}

const WRITING_HTTP_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * `fetch(url, { method: 'POST' })`, `request({ method: 'delete', … })`, and helpers that take the
 * method as an argument: `apiRequest.call(this, 'POST', endpoint)`.
 */
function hasWritingHttpMethod(call: WorkStart): boolean {
  return argumentsOf(call).some(
    argument =>
      (argument.type === AST_NODE_TYPES.Literal &&
        typeof argument.value === 'string' &&
        WRITING_HTTP_METHODS.has(argument.value)) ||
      (argument.type === AST_NODE_TYPES.ObjectExpression &&
      argument.properties.some(
        property =>
          property.type === AST_NODE_TYPES.Property &&
          !property.computed &&
          property.key.type === AST_NODE_TYPES.Identifier &&
          property.key.name === 'method' &&
          property.value.type === AST_NODE_TYPES.Literal &&
          typeof property.value.value === 'string' &&
          !READ_ONLY_HTTP_METHODS.has(property.value.value.toLowerCase()),
      )),
  );
}

function argumentsOf(call: WorkStart): readonly TSESTree.Node[] {
  return call.type === AST_NODE_TYPES.CallExpression || call.type === AST_NODE_TYPES.NewExpression
    ? call.arguments
    : [];
}

/**
 * Whether an awaited call opens a section that must run in order until the end of its block:
 * `await mutex.acquire()`, `await lock()`, `await db.transaction()`, `await client.query('BEGIN')`.
 */
export function opensSerializedSection(start: WorkStart, policy: OrderPolicy): boolean {
  const name = getCalledName(start);
  if (name !== null) {
    let serializing = policy.serializingNames.get(name);
    if (serializing === undefined) {
      serializing = namesSerializingWork(name);
      policy.serializingNames.set(name, serializing);
    }
    if (serializing) return true;
  }
  return argumentsOf(start).some(argument => {
    const inner = skipTypeWrappers(argument);
    if (inner.type === AST_NODE_TYPES.Literal && typeof inner.value === 'string') {
      return BEGIN_STATEMENT.test(inner.value);
    }
    if (inner.type === AST_NODE_TYPES.TemplateLiteral) {
      return BEGIN_STATEMENT.test(inner.quasis[0]?.value.cooked ?? '');
    }
    return false;
  });
}

/**
 * Whether a function's body runs inside a transaction or a critical section: a callback passed to
 * `db.transaction(…)`, `prisma.$transaction(…)`, `mutex.runExclusive(…)`, `navigator.locks.request(…)`,
 * or a function taking a transaction handle (`tx`, `trx: Knex.Transaction`).
 */
export function isSerializedFunction(fn: TSESTree.FunctionLike): boolean {
  if (fn.params.some(isTransactionParameter)) return true;
  const parent = fn.parent;
  if (
    parent?.type !== AST_NODE_TYPES.CallExpression ||
    !parent.arguments.includes(fn as TSESTree.CallExpressionArgument)
  ) {
    return false;
  }
  const path = getCalleePath(parent) ?? '';
  return path.split('.').some(namesSerializingWork);
}

/** `transaction`, `$transaction`, `beginTransaction`, `withLock`, `runExclusive`, `locks`: first or last word. */
const SERIALIZING_HINT = new RegExp(SERIALIZING_CALL_WORDS.join('|'), 'i');

function namesSerializingWork(name: string): boolean {
  if (!SERIALIZING_HINT.test(name)) return false;
  const words = splitWords(name);
  const first = words[0];
  const last = words.at(-1);
  return (first !== undefined && SERIALIZING_WORDS.has(first)) || (last !== undefined && SERIALIZING_WORDS.has(last));
}

function isTransactionParameter(param: TSESTree.Parameter): boolean {
  const target = param.type === AST_NODE_TYPES.TSParameterProperty ? param.parameter : param;
  if (target.type !== AST_NODE_TYPES.Identifier) return false;
  if (TRANSACTION_RECEIVERS.has(target.name)) return true;
  const annotation = target.typeAnnotation?.typeAnnotation;
  return (
    annotation?.type === AST_NODE_TYPES.TSTypeReference &&
    /Transaction/.test(
      annotation.typeName.type === AST_NODE_TYPES.TSQualifiedName
        ? annotation.typeName.right.name
        : annotation.typeName.type === AST_NODE_TYPES.Identifier
          ? annotation.typeName.name
          : '',
    )
  );
}
