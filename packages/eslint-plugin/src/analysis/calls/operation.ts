/**
 * What an awaited call does, as far as running it beside other calls is concerned.
 *
 * - `read`: observes state and changes none (a query, a GET, an LLM completion, a KMS decrypt):
 *   it may run beside anything that does not write what it reads.
 * - `write`: changes state (an insert, a payment, a message sent). Started beside an earlier
 *   call, it would happen even when that call fails, so it may only be the first of a group, and
 *   no later member may touch the resource it writes.
 * - `guard`: must pass before anything after it starts (`requireUser()`, `assertCanEdit()`): it
 *   may only be the last of a group.
 * - `ordered`: its place in the sequence is what it means (a cursor's next page, a prompt, a
 *   click, a sleep, a call inside a transaction or through one connection): never a member.
 */
export type OperationKind = 'read' | 'write' | 'guard' | 'ordered';

/**
 * What a call goes through and touches: the client (a variable, `this.db`, a module) and, when
 * the library says what it addresses, the table, key, bucket or path (`key`, as source text).
 */
export interface Resource {
  readonly client: unknown;
  readonly key: string | null;
}

export interface Operation {
  readonly kind: OperationKind;
  /** What it touches, or null when nothing says (a bare `createOrder()` may touch anything). */
  readonly resource: Resource | null;
  /** Why, in a few words: `aws command GetItem`, `stripe retrieve`, `verb create`, `local function`. */
  readonly reason: string;
  /** Whether the kind comes from knowledge (a library, an argument, a body) rather than a default. */
  readonly known: boolean;
  /** Whether its client does one thing at a time (a browser page): calls through the same one keep their order. */
  readonly exclusive?: boolean;
  /**
   * Whether waiting for it takes time another call could overlap: `none` for work done on this
   * thread or in memory (a local function with no I/O, a `Map` lookup, a template render), `weak`
   * for loading a module (`import()`: its cost is mostly parse and evaluate); otherwise it may.
   */
  readonly latency?: 'none' | 'weak';
  /**
   * For operations joined from parts (a function's body): the strongest kind a part is known to
   * have, when the whole is not known (`rl.question()` among calls nothing describes: `ordered`).
   */
  readonly provenKind?: OperationKind;
}

const RANK: Record<OperationKind, number> = { read: 0, guard: 1, write: 2, ordered: 3 };

export const UNKNOWN_READ: Operation = { kind: 'read', resource: null, reason: 'no sign of an effect', known: false };

/** The stronger of two kinds: ordered > write > guard > read. */
export function strongerKind(a: OperationKind, b: OperationKind): OperationKind {
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * Several operations seen as one (the calls a local function makes): the strongest kind, the
 * common resource when they share one, and known only when every part was.
 */
export function joinOperations(parts: readonly Operation[], reason: string): Operation {
  if (parts.length === 0) return { kind: 'read', resource: null, reason, known: true, latency: 'none' };
  let kind: OperationKind = 'read';
  for (const part of parts) kind = strongerKind(kind, part.kind);
  const strongest = parts.filter(part => part.kind === kind);
  const first = strongest[0]!.resource;
  const resource = first && strongest.every(part => part.resource !== null && sameResource(part.resource, first)) ? first : null;
  const latency = parts.every(part => part.latency === 'none') ? 'none' : parts.every(part => part.latency !== undefined) ? 'weak' : undefined;
  const known = parts.every(part => part.known);
  let provenKind: OperationKind = 'read';
  for (const part of parts) provenKind = strongerKind(provenKind, part.known ? part.kind : (part.provenKind ?? 'read'));
  return { kind, resource, reason, known, ...(latency ? { latency } : {}), ...(known ? {} : { provenKind }) };
}

/** Whether waiting for an operation takes time worth overlapping with another. */
export function takesTime(operation: Operation): boolean {
  return operation.latency === undefined;
}

function sameResource(a: Resource, b: Resource): boolean {
  return a.client === b.client && a.key === b.key;
}

/**
 * Whether two operations must keep their order because one of them goes through a client that
 * does one thing at a time and the other goes through the same client.
 */
export function shareExclusiveClient(a: Operation, b: Operation): boolean {
  return (a.exclusive === true || b.exclusive === true) && a.resource !== null && b.resource !== null && a.resource.client === b.resource.client;
}

/**
 * Whether two operations may touch the same thing: unknown resources may touch anything; the
 * same client with the same or an unknown key does; different clients or keys do not.
 */
export function mayTouchSame(a: Resource | null, b: Resource | null): boolean {
  if (a === null || b === null) return true;
  if (a.client !== b.client) return false;
  return a.key === null || b.key === null || a.key === b.key;
}
