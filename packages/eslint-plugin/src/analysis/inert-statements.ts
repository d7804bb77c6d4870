import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { getStaticPropertyName, isFunctionNode, pushChildren, skipTypeWrappers } from './ast.js';
import type { ClientOrigins } from './calls/client-origins.js';
import { isInMemoryCollection } from './function-summaries.js';

/** Receivers whose calls only observe: logging, metrics, tracing and timing. */
const OBSERVER_ROOTS = new Set([
  'console',
  'logger',
  'log',
  'debug',
  'metrics',
  'stats',
  'statsd',
  'span',
  'tracer',
  'performance',
  'telemetry',
  'counter',
  'histogram',
  'timer',
]);

/** A logger reached through another object (`req.log`, `this.logger`, `ctx.var.logger`) and the methods that only log. */
const NESTED_LOGGERS = new Set(['log', 'logger']);
const LOG_METHODS = new Set(['trace', 'debug', 'info', 'warn', 'warning', 'error', 'fatal', 'log', 'verbose', 'silly']);

/** Modules whose objects only observe: loggers, metrics and tracing clients (`new Counter()` of prom-client). */
const OBSERVER_MODULES = new Set([
  'prom-client',
  '@opentelemetry/api',
  'hot-shots',
  'node-statsd',
  'datadog-metrics',
  'dd-trace',
  '@sentry/node',
  '@sentry/nextjs',
  'pino',
  'winston',
  'bunyan',
  'debug',
  'loglevel',
  'consola',
  'signale',
  'npmlog',
  'node:perf_hooks',
  'perf_hooks',
]);

/** Methods that change a collection in memory: their effect is data, which the dependency analysis follows. */
const COLLECTION_METHODS = new Set(['push', 'unshift', 'add', 'set', 'delete', 'clear', 'append']);

/** Methods of strings, numbers and arrays that compute a value and change nothing. */
const PURE_METHODS = new Set([
  'concat',
  'slice',
  'join',
  'includes',
  'indexOf',
  'at',
  'toString',
  'toISOString',
  'toFixed',
  'toPrecision',
  'trim',
  'trimStart',
  'trimEnd',
  'toLowerCase',
  'toUpperCase',
  'split',
  'replace',
  'replaceAll',
  'padStart',
  'padEnd',
  'startsWith',
  'endsWith',
  'repeat',
  'localeCompare',
  'toLocaleString',
  'getTime',
  'valueOf',
]);

/**
 * Whether a statement may stay between members and move above a combined await: it awaits
 * nothing, starts no work, and calls nothing but loggers, metrics, timers and the collections it
 * keeps in memory. It may assign: `const limit = 10;`, `label = 'loading';`, `attempts++;`,
 * `notes.push('x');`, `metrics.increment('hits');`, `function helper() {}`, type declarations.
 * (Whether it reads a result of the group, or writes what a member reads, is the dependency
 * analysis's question.)
 */
export function isInertStatement(statement: TSESTree.Statement, visitorKeys: TSESLint.SourceCode.VisitorKeys, origins: ClientOrigins): boolean {
  switch (statement.type) {
    case AST_NODE_TYPES.EmptyStatement:
    case AST_NODE_TYPES.FunctionDeclaration:
    case AST_NODE_TYPES.TSTypeAliasDeclaration:
    case AST_NODE_TYPES.TSInterfaceDeclaration:
    case AST_NODE_TYPES.TSDeclareFunction:
      return true;
    case AST_NODE_TYPES.VariableDeclaration:
      // `var` is hoisted: moving its initializer could change what an earlier read sees
      return (
        (statement.kind === 'const' || statement.kind === 'let') &&
        statement.declarations.every(declarator => declarator.init === null || isInertExpression(declarator.init, visitorKeys, origins))
      );
    case AST_NODE_TYPES.ExpressionStatement:
      return !statement.directive && isInertExpression(statement.expression, visitorKeys, origins);
    default:
      return false;
  }
}

/** An expression that starts no work of its own: no awaits, yields, `new` or calls but observers and collections in memory. */
function isInertExpression(root: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys, origins: ClientOrigins): boolean {
  const pending: TSESTree.Node[] = [root];
  while (pending.length > 0) {
    const node = pending.pop()!;
    switch (node.type) {
      case AST_NODE_TYPES.NewExpression:
        // `new Date(iso)`, `new URL(…)`, `new Map()`: a value built in memory (its arguments still count)
        if (!isValueConstructor(node, origins)) return false;
        break;
      case AST_NODE_TYPES.AwaitExpression:
      case AST_NODE_TYPES.YieldExpression:
      case AST_NODE_TYPES.TaggedTemplateExpression:
      case AST_NODE_TYPES.ImportExpression:
      case AST_NODE_TYPES.ClassExpression:
        return false;
      case AST_NODE_TYPES.UnaryExpression:
        if (node.operator === 'delete') return false;
        break;
      case AST_NODE_TYPES.AssignmentExpression:
        // a setter could run anything: only plain names and properties of plain objects
        if (!isPlainTarget(node.left)) return false;
        break;
      case AST_NODE_TYPES.CallExpression: {
        const callback = computingCallbackOf(node);
        if (callback ? !isInertCallback(callback, visitorKeys, origins) : !isObserverCall(node, origins)) return false;
        // the receiver may hold calls of its own: `makeTitle().trim()`
        const callee = skipTypeWrappers(node.callee);
        if (callee.type === AST_NODE_TYPES.MemberExpression) pending.push(callee.object);
        pending.push(...node.arguments);
        continue;
      }
      default:
        break;
    }
    if (isFunctionNode(node)) continue; // a function value runs nothing until called
    pushChildren(node, visitorKeys, pending);
  }
  return true;
}

/** Built-in classes whose instances are values made in memory, with nothing started. */
const VALUE_CONSTRUCTORS = new Set([
  'Date',
  'URL',
  'URLSearchParams',
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'Array',
  'RegExp',
  'Error',
  'TypeError',
  'RangeError',
  'TextEncoder',
  'TextDecoder',
  'Headers',
]);

/** `new Date(…)` of the global `Date` (not a class of the same name the file declares or imports). */
function isValueConstructor(node: TSESTree.NewExpression, origins: ClientOrigins): boolean {
  const callee = skipTypeWrappers(node.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier || !VALUE_CONSTRUCTORS.has(callee.name)) return false;
  // `new Date()` reads the clock: moved above the combined await, it would record an earlier time
  if (callee.name === 'Date' && node.arguments.length === 0) return false;
  const variable = origins.resolve(callee);
  return variable === null || variable.defs.length === 0;
}

/** Array methods that run the callback they are handed at once, to compute a value. */
const COMPUTING_ARRAY_METHODS = new Set([
  'map',
  'filter',
  'reduce',
  'reduceRight',
  'some',
  'every',
  'find',
  'findIndex',
  'findLast',
  'findLastIndex',
  'flatMap',
]);

/** The callback written inline in `items.reduce((sum, item) => …, 0)`, `rows.map(row => …)`; null for other calls. */
function computingCallbackOf(call: TSESTree.CallExpression): TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | null {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) return null;
  if (!COMPUTING_ARRAY_METHODS.has(callee.property.name)) return null;
  const first = call.arguments[0];
  return first?.type === AST_NODE_TYPES.ArrowFunctionExpression || first?.type === AST_NODE_TYPES.FunctionExpression ? first : null;
}

/**
 * A callback that runs to the end at once and only computes: `(sum, item) => sum + item.price`.
 * It writes no property (`row => { row.email = … }` changes the elements a member may be handed,
 * which the dependency analysis does not follow through the parameter), has no default values to
 * evaluate, and is no Node-style callback (`User.find((err, docs) => …)` of Mongoose runs a query).
 */
function isInertCallback(
  callback: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression,
  visitorKeys: TSESLint.SourceCode.VisitorKeys,
  origins: ClientOrigins,
): boolean {
  if (callback.async || callback.generator) return false;
  if (
    callback.params.some(
      param => param.type !== AST_NODE_TYPES.Identifier && param.type !== AST_NODE_TYPES.ObjectPattern && param.type !== AST_NODE_TYPES.ArrayPattern,
    )
  )
    return false;
  const first = callback.params[0];
  if (first?.type === AST_NODE_TYPES.Identifier && /^(?:err|error)$/i.test(first.name)) return false;
  if (hasPatternDefaults(callback.params, visitorKeys) || writesProperty(callback.body, visitorKeys)) return false;
  if (callback.body.type !== AST_NODE_TYPES.BlockStatement) return isInertExpression(callback.body, visitorKeys, origins);
  return callback.body.body.every(statement =>
    statement.type === AST_NODE_TYPES.ReturnStatement
      ? statement.argument === null || isInertExpression(statement.argument, visitorKeys, origins)
      : isInertStatement(statement, visitorKeys, origins),
  );
}

/** Whether destructuring parameters give a default anywhere (`({ at = new Date() }) => …`). */
function hasPatternDefaults(params: readonly TSESTree.Parameter[], visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  const pending: TSESTree.Node[] = [...params];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === AST_NODE_TYPES.AssignmentPattern) return true;
    pushChildren(node, visitorKeys, pending);
  }
  return false;
}

/** Whether code assigns, updates or deletes a property (`row.email = …`, `item.n++`, `delete row.tmp`). */
function writesProperty(root: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  const pending: TSESTree.Node[] = [root];
  while (pending.length > 0) {
    const node = pending.pop()!;
    const target =
      node.type === AST_NODE_TYPES.AssignmentExpression
        ? node.left
        : node.type === AST_NODE_TYPES.UpdateExpression || (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'delete')
          ? node.argument
          : null;
    if (target && skipTypeWrappers(target).type !== AST_NODE_TYPES.Identifier) return true;
    pushChildren(node, visitorKeys, pending);
  }
  return false;
}

function isPlainTarget(target: TSESTree.Node): boolean {
  const inner = skipTypeWrappers(target);
  if (inner.type === AST_NODE_TYPES.Identifier) return true;
  return inner.type === AST_NODE_TYPES.MemberExpression && inner.object.type === AST_NODE_TYPES.Identifier;
}

/**
 * `console.log(…)`, `logger.info(…)`, `metrics.increment('hits')`, `performance.now()`,
 * `span.setAttribute(…)`, pure methods of values (`title.toLowerCase()`, `ids.join(',')`), and
 * `notes.push(x)` / `seen.add(k)` on a collection the function keeps in memory (`const notes = []`,
 * `const seen = new Set()`).
 */
function isObserverCall(call: TSESTree.CallExpression, origins: ClientOrigins): boolean {
  const callee = skipTypeWrappers(call.callee);
  // `debug('reading lockfile')` where `const debug = createDebug('ws')` of the `debug` module: a logger called directly
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const module = origins.moduleBehind(callee);
    return module !== null && OBSERVER_MODULES.has(module);
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) return false;
  if (PURE_METHODS.has(callee.property.name)) return true;
  // `req.log.debug(…)`, `this.logger.warn(…)`: a level method of a logger another object holds (`prisma.log.create` is no level)
  const receiver = skipTypeWrappers(callee.object);
  if (receiver.type === AST_NODE_TYPES.MemberExpression && LOG_METHODS.has(callee.property.name) && NESTED_LOGGERS.has(getStaticPropertyName(receiver) ?? ''))
    return true;
  let object: TSESTree.Node = receiver;
  while (object.type === AST_NODE_TYPES.MemberExpression) object = skipTypeWrappers(object.object);
  if (object.type !== AST_NODE_TYPES.Identifier) return false;
  if (OBSERVER_ROOTS.has(object.name)) return true;
  const module = origins.moduleBehind(object);
  if (module !== null && OBSERVER_MODULES.has(module)) return true;
  if (!COLLECTION_METHODS.has(callee.property.name) || skipTypeWrappers(callee.object) !== object) return false;
  const variable = origins.resolve(object);
  return variable !== null && isInMemoryCollection(variable);
}
