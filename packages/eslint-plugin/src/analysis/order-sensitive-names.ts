/**
 * Names that mark an awaited call as order-sensitive: its place in the sequence is part of what
 * the code means, so it never joins a group and no group crosses it.
 *
 * The heuristic looks at the *called* names of an operand (`db.insert(t).values(v)` calls `insert`
 * and `values`; receivers such as `postService` are nouns and are not looked at), splits each into
 * words (`findOrCreateUser` -> find, or, create, user) and takes as verbs the first word and every
 * word after `or`/`and`/`then`. A verb in {@link DEFAULT_EFFECT_VERBS} makes the call an effect.
 */

/**
 * Verbs of calls that change state or guard what follows: writes (`insert`, `save`), messages
 * (`send`, `publish`), lifecycle (`connect`, `close`), guards (`assert`, `authorize`), UI and
 * navigation (`click`, `goto`), and waiting (`waitFor`, `sleep`). Overridable with the
 * `effectVerbs` option; extendable with `extraEffectVerbs`.
 */
export const DEFAULT_EFFECT_VERBS: readonly string[] = [
  // writes
  'insert', 'update', 'upsert', 'delete', 'del', 'remove', 'destroy', 'drop', 'truncate', 'purge',
  'put', 'post', 'patch', 'create', 'save', 'persist', 'store', 'write', 'append', 'set', 'add',
  'increment', 'decrement', 'incr', 'decr', 'replace', 'rename', 'move', 'copy', 'mkdir', 'rm',
  'rmdir', 'unlink', 'chmod', 'chown', 'symlink', 'link', 'touch', 'clear', 'reset', 'flush',
  'commit', 'rollback', 'migrate', 'seed', 'import', 'export', 'upload', 'install', 'uninstall',
  'deploy', 'apply', 'assign', 'mark', 'register', 'unregister', 'subscribe', 'unsubscribe',
  'enable', 'disable', 'archive', 'restore', 'approve', 'reject', 'cancel', 'revoke', 'grant',
  'invalidate', 'refresh', 'sync', 'merge', 'mutate', 'modify', 'edit', 'change', 'toggle',
  // messages and jobs
  'send', 'emit', 'publish', 'dispatch', 'notify', 'enqueue', 'push', 'broadcast', 'trigger',
  'schedule', 'charge', 'pay', 'refund', 'transfer', 'withdraw', 'deposit', 'process',
  'exec', 'execute', 'run', 'invoke', 'spawn', 'kill', 'handle', 'instantiate', 'construct',
  // ending the process or the task: what follows must not have started
  'crash', 'exit', 'abort', 'terminate', 'panic', 'mkdtemp',
  // sessions, connections and lifecycle
  'login', 'logout', 'signin', 'signout', 'signup', 'authenticate', 'connect', 'disconnect',
  'open', 'close', 'start', 'stop', 'restart', 'init', 'initialize', 'setup', 'teardown',
  'listen', 'bind', 'mount', 'unmount', 'begin', 'end', 'lock', 'unlock', 'acquire', 'release',
  // guards: what follows must not start before they pass
  'assert', 'ensure', 'require', 'verify', 'validate', 'check', 'authorize', 'guard', 'expect',
  // UI, browser automation and navigation
  'click', 'dblclick', 'tap', 'type', 'fill', 'press', 'hover', 'focus', 'blur', 'drag',
  'scroll', 'goto', 'navigate', 'reload', 'go', 'visit', 'submit', 'select', 'choose',
  // waiting and timing
  'wait', 'sleep', 'delay', 'pause', 'retry', 'poll',
];

/**
 * Whole method or function names that read the next item from a stateful source: iterators,
 * streams, queues and interactive prompts. Two such reads in a row must stay in order.
 */
export const STATEFUL_READ_NAMES: readonly string[] = [
  'next', 'read', 'readLine', 'readline', 'readBytes', 'readUntil', 'question', 'prompt', 'ask',
  'confirm', 'input', 'password', 'multiselect', 'receive', 'recv', 'pull', 'take', 'dequeue',
  'pop', 'shift', 'once', 'getReader', 'nextTick',
];

/** Called names that open a transaction or a critical section around a callback or what follows. */
export const SERIALIZING_CALL_WORDS: readonly string[] = [
  'transaction', 'transactional', 'exclusive', 'lock', 'locks', 'mutex', 'semaphore', 'synchronized',
  'serialize', 'serialized', 'critical', 'atomic', 'acquire', 'begin',
];

/** Identifiers whose calls run inside a transaction or session (`tx.user.create()`, `trx('t')`). */
export const TRANSACTION_RECEIVER_NAMES: readonly string[] = [
  'tx', 'trx', 'txn', 'transaction', 'transactionClient',
];

/**
 * Receivers that are one connection: it runs one query at a time, so queries through it gain
 * nothing from Promise.all (`queryRunner.query(a)`, `conn.execute(b)`, `session.run(c)`), and
 * classes whose `this` is one (`class PostgresQueryRunner`, `class Neo4jSession`).
 */
export const SINGLE_CONNECTION_RECEIVER_NAMES: readonly string[] = ['queryRunner', 'runner', 'conn', 'session'];
export const SINGLE_CONNECTION_CLASS_NAME = /(?:QueryRunner|Session)$/;

/** Module or object names whose calls create temporary files or directories to clean up later. */
export const TEMPORARY_RESOURCE_WORDS: readonly string[] = ['tmp', 'temp'];
