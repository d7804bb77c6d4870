/**
 * The words of called names that say what a call does when nothing better does (no library the
 * call is known to belong to, no argument that decides, no local body to read).
 *
 * A called name is split into words (`findOrCreateUser` -> find, or, create, user); its verbs are
 * the first word and every word after `and`/`or`/`then`. A verb in {@link DEFAULT_EFFECT_VERBS}
 * makes the call order-sensitive: a write ({@link WRITE_VERBS}), a guard ({@link GUARD_VERBS}), or
 * else ordered (never a group member). The `effectVerbs` option replaces the list.
 */
import { splitWords } from '../called-names.js';
import type { OperationKind } from './operation.js';

/** Verbs of calls that change state: each may start a group but never join one already started. */
export const WRITE_VERBS: readonly string[] = [
  'insert',
  'update',
  'upsert',
  'delete',
  'del',
  'remove',
  'destroy',
  'drop',
  'truncate',
  'purge',
  'put',
  'post',
  'patch',
  'create',
  'save',
  'persist',
  'store',
  'write',
  'append',
  'set',
  'add',
  'increment',
  'decrement',
  'incr',
  'decr',
  'replace',
  'rename',
  'move',
  'copy',
  'mkdir',
  'rm',
  'rmdir',
  'unlink',
  'chmod',
  'chown',
  'symlink',
  'link',
  'touch',
  'clear',
  'reset',
  'flush',
  'commit',
  'rollback',
  'migrate',
  'seed',
  'import',
  'export',
  'upload',
  'install',
  'uninstall',
  'deploy',
  'apply',
  'assign',
  'mark',
  'register',
  'unregister',
  'subscribe',
  'unsubscribe',
  'enable',
  'disable',
  'archive',
  'restore',
  'approve',
  'reject',
  'cancel',
  'revoke',
  'grant',
  'invalidate',
  'refresh',
  'sync',
  'merge',
  'mutate',
  'modify',
  'edit',
  'change',
  'toggle',
  'send',
  'emit',
  'publish',
  'dispatch',
  'notify',
  'enqueue',
  'push',
  'broadcast',
  'trigger',
  'schedule',
  'charge',
  'pay',
  'refund',
  'transfer',
  'withdraw',
  'deposit',
  'process',
  'capture',
  'confirm',
  'finalize',
  'claim',
  'ack',
  'nack',
  'record',
  'signup',
  'reserve',
  'checkout',
  'redeem',
  'attach',
  'detach',
  'share',
  'invite',
  'ban',
  'block',
  'unblock',
  'follow',
  'unfollow',
  'unlike',
  'vote',
  'reply',
  'unstar',
  'unpin',
  'untag',
  'clone',
  'close',
  'reopen',
  'expire',
  'renew',
  'activate',
  'deactivate',
  'suspend',
  'resume',
  'complete',
  'retire',
  'provision',
  'allocate',
  'deallocate',
];

/** Verbs of calls that must pass before anything after them starts: each may only end a group. */
export const GUARD_VERBS: readonly string[] = [
  'assert',
  'require',
  'verify',
  'validate',
  'check',
  'authorize',
  'guard',
  'expect',
  'authenticate',
  'enforce',
  'deny',
  'forbid',
];

/**
 * Verbs of calls whose place in the sequence is what they mean: processes and code run, sessions
 * and connections, locks, browser actions, waiting. Never group members.
 */
export const ORDERED_VERBS: readonly string[] = [
  'exec',
  'execute',
  'run',
  'invoke',
  'call',
  'spawn',
  'fork',
  'kill',
  'handle',
  'instantiate',
  'construct',
  'prompt',
  'ask',
  'inquire',
  'crash',
  'exit',
  'abort',
  'terminate',
  'panic',
  'mkdtemp',
  'ensure',
  'login',
  'logout',
  'signin',
  'signout',
  'connect',
  'disconnect',
  'reconnect',
  'open',
  'start',
  'stop',
  'restart',
  'init',
  'initialize',
  'setup',
  'teardown',
  'listen',
  'bind',
  'mount',
  'unmount',
  'begin',
  'end',
  'lock',
  'unlock',
  'acquire',
  'release',
  'shutdown',
  'boot',
  'bootstrap',
  'click',
  'dblclick',
  'tap',
  'type',
  'fill',
  'press',
  'hover',
  'focus',
  'blur',
  'drag',
  'scroll',
  'goto',
  'navigate',
  'reload',
  'go',
  'visit',
  'submit',
  'choose',
  'wait',
  'sleep',
  'delay',
  'pause',
  'retry',
  'poll',
  'throttle',
  'yield',
];

/** Every verb that makes a call order-sensitive: the default of the `effectVerbs` option. */
export const DEFAULT_EFFECT_VERBS: readonly string[] = [...new Set([...WRITE_VERBS, ...GUARD_VERBS, ...ORDERED_VERBS])];

/**
 * Verbs of work usually done in memory (`parseConfig`, `formatMessages`, `renderTemplate`). Weak
 * evidence, for calls nothing else describes (no library, no local body): the loop rule does not
 * count them as work to overlap (see find-sequential-loops.ts).
 */
export const COMPUTE_VERBS: ReadonlySet<string> = new Set([
  'parse',
  'format',
  'render',
  'compile',
  'serialize',
  'deserialize',
  'stringify',
  'normalize',
  'convert',
  'compute',
  'calculate',
  'minify',
  'bundle',
  'highlight',
  'sanitize',
  'escape',
  'unescape',
  'tokenize',
  'inline',
  'interpolate',
  'prettify',
  'beautify',
]);

/** Whether a called name is headed by a verb of work done in memory. */
export function isNamedAsComputation(name: string): boolean {
  return COMPUTE_VERBS.has(getVerbs(name)[0] ?? '');
}

/**
 * Whole method or function names that read the next item from a stateful source: iterators,
 * streams, queues and interactive prompts. Two such reads in a row must stay in order.
 */
export const STATEFUL_READ_NAMES: readonly string[] = [
  'next',
  'read',
  'readLine',
  'readline',
  'readBytes',
  'readUntil',
  'question',
  'prompt',
  'ask',
  'confirm',
  'input',
  'password',
  'multiselect',
  'receive',
  'recv',
  'pull',
  'take',
  'dequeue',
  'pop',
  'shift',
  'once',
  'getReader',
  'nextTick',
  'readChunk',
  'readRecord',
  'nextPage',
];

/**
 * The last call of a chain that only runs what the chain before it built (`.execute()` of a
 * Kysely select, `.exec()` of a Mongoose query, `.first()` of a Knex query, `.run()` of a D1
 * statement): the calls before it say what it does.
 */
export const TERMINAL_NAMES: ReadonlySet<string> = new Set([
  'execute',
  'executeTakeFirst',
  'executeTakeFirstOrThrow',
  'exec',
  'run',
  'all',
  'get',
  'first',
  'firstOrFail',
  'toArray',
  'lean',
  'then',
  'returning',
  'returningAll',
  'one',
  'many',
  'oneOrNone',
  'manyOrNone',
  'raw',
  'stream',
  'values',
  'orFail',
  'throwIfNotFound',
  'go',
  'json',
]);

/** Verbs that double as adjectives: followed by a preposition they describe (`openFor`, `closeTo`). */
const ADJECTIVE_VERBS = new Set(['open', 'close', 'clear', 'end', 'complete', 'set']);
/** Verbs that describe a plural noun after them (`openPullRequests`, `openIssues`): adjectives too. */
const PLURAL_ADJECTIVE_VERBS = new Set(['open']);
const PREPOSITIONS = new Set(['for', 'by', 'of', 'in', 'on', 'at', 'to', 'since', 'until', 'with', 'from', 'before', 'after', 'between']);
const CONJUNCTIONS = new Set(['and', 'or', 'then']);
/** Words that qualify the verb after them: `softDelete`, `bulkCreate`, `forceUpdate`, `tryLock`. */
const MODIFIERS = new Set(['soft', 'hard', 'force', 'bulk', 'batch', 'mass', 'multi', 'safe', 'try', 'auto', 'lazy', 'deep', 'atomic']);

/**
 * The verbs of a name: its first word (after a modifier: `softDelete`, `bulkCreate`) and every
 * word after `and`, `or`, `then`; a verb that is
 * also an adjective is not one when a preposition follows it (`openFor` lists open alerts) or, for
 * `open`, when the name ends in a plural (`openPullRequests`).
 */
export function getVerbs(name: string): string[] {
  const words = splitWords(name);
  const verbs: string[] = [];
  words.forEach((word, index) => {
    const after = words[index - 1] ?? '';
    const isHead = index === 0 || CONJUNCTIONS.has(after) || (index === 1 && MODIFIERS.has(after));
    if (!isHead || CONJUNCTIONS.has(word)) return;
    if (MODIFIERS.has(word) && index + 1 < words.length) return;
    if (ADJECTIVE_VERBS.has(word) && PREPOSITIONS.has(words[index + 1] ?? '')) return;
    if (PLURAL_ADJECTIVE_VERBS.has(word) && index + 1 < words.length && isPlural(words.at(-1)!)) return;
    verbs.push(word);
  });
  return verbs;
}

function isPlural(word: string): boolean {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is');
}

const WRITES = new Set(WRITE_VERBS);
const GUARDS = new Set(GUARD_VERBS);

/** What a verb of the effect list makes a call: a write, a guard, or (any other verb) ordered. */
export function kindOfEffectVerb(verb: string): OperationKind {
  if (GUARDS.has(verb)) return 'guard';
  if (WRITES.has(verb)) return 'write';
  return 'ordered';
}
