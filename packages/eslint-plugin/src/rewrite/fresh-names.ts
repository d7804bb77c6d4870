import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { getStaticPropertyName, isPromiseCombinator, skipTypeWrappers } from '../analysis/ast.js';
import { getWorkStart } from '../analysis/called-names.js';

const LEADING_VERBS = new Set([
  'get',
  'fetch',
  'load',
  'read',
  'find',
  'query',
  'retrieve',
  'request',
  'list',
  'lookup',
  'compute',
  'calculate',
  'resolve',
  'obtain',
  'download',
  'search',
  'collect',
  'build',
  'make',
  'generate',
  'parse',
  'call',
  'do',
  'try',
]);

const RESERVED = new Set([
  'await',
  'break',
  'case',
  'catch',
  'class',
  'const',
  'continue',
  'debugger',
  'default',
  'delete',
  'do',
  'else',
  'enum',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'function',
  'if',
  'implements',
  'import',
  'in',
  'instanceof',
  'interface',
  'let',
  'new',
  'null',
  'package',
  'private',
  'protected',
  'public',
  'return',
  'static',
  'super',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'var',
  'void',
  'while',
  'with',
  'yield',
  'arguments',
  'eval',
  'undefined',
  'NaN',
  'Infinity',
  'async',
  'of',
  'type',
  'as',
  'Promise',
]);

/**
 * Hands out names for the values the rewrite hoists. A name is free in a scope when no name token
 * inside the scope's code spells it (so it shadows nothing the scope uses and meets no other
 * declaration there), no enclosing scope declares it, and no earlier suggestion of the same lint
 * run took it in that scope (so suggestions applied together cannot collide either).
 */
export class NameAllocator {
  /** Per scope: the names handed out there. */
  readonly #handedOut = new Map<TSESLint.Scope.Scope, Set<string>>();

  /** A fresh name close to `base` for a declaration placed in `scope`: `posts`, then `posts2`… */
  allocate(base: string, scope: TSESLint.Scope.Scope): string {
    return this.#allocateStem(toIdentifier(base), scope);
  }

  /** A fresh name for a parameter the code never reads, `_item`: TypeScript's `noUnusedParameters` and lint rules leave it alone. */
  allocateUnused(base: string, scope: TSESLint.Scope.Scope): string {
    return this.#allocateStem(`_${toIdentifier(base)}`, scope);
  }

  #allocateStem(stem: string, scope: TSESLint.Scope.Scope): string {
    let taken = this.#handedOut.get(scope);
    if (!taken) this.#handedOut.set(scope, (taken = new Set()));
    let name = stem;
    for (let suffix = 2; taken.has(name) || !isFree(name, scope); suffix++) name = `${stem}${suffix}`;
    taken.add(name);
    return name;
  }
}

/** Whether declaring `name` in `scope` shadows, meets or captures nothing. */
function isFree(name: string, scope: TSESLint.Scope.Scope): boolean {
  if (RESERVED.has(name)) return false;
  for (let current: TSESLint.Scope.Scope | null = scope.upper; current; current = current.upper) {
    if (current.set.has(name)) return false;
  }
  // the scope and everything nested in it: no declaration and no reference may spell it
  const pending = [scope];
  while (pending.length > 0) {
    const current = pending.pop()!;
    if (current.set.has(name)) return false;
    if (current.references.some(reference => reference.identifier.name === name)) return false;
    pending.push(...current.childScopes);
  }
  return true;
}

function toIdentifier(base: string): string {
  const cleaned = base.replace(/[^A-Za-z0-9_$]/g, '').replace(/^[_$]+/, '');
  if (cleaned === '' || /^[0-9]/.test(cleaned)) return 'result';
  // `Posts` -> `posts`, `URL` -> `url`, `HTMLBody` -> `htmlBody`
  const capitals = /^[A-Z]+/.exec(cleaned)?.[0].length ?? 0;
  const lowered = capitals > 1 && /[a-z]/.test(cleaned[capitals] ?? '') ? capitals - 1 : Math.max(capitals, 1);
  return cleaned.slice(0, lowered).toLowerCase() + cleaned.slice(lowered);
}

/**
 * A readable name for an awaited value: the key it is stored under (`{ user: await … }`), else
 * what the call fetches (`getPosts()` -> `posts`, `api.users.list()` -> `users`), else `result`.
 */
export function suggestName(awaitNode: TSESTree.AwaitExpression): string {
  return toIdentifier(suggestRawName(awaitNode));
}

function suggestRawName(awaitNode: TSESTree.AwaitExpression): string {
  const parent = awaitNode.parent;
  if (parent.type === AST_NODE_TYPES.Property && parent.value === awaitNode && !parent.computed && parent.key.type === AST_NODE_TYPES.Identifier) {
    return parent.key.name;
  }
  if (parent.type === AST_NODE_TYPES.JSXExpressionContainer && parent.parent.type === AST_NODE_TYPES.JSXAttribute) {
    const attribute = parent.parent.name;
    if (attribute.type === AST_NODE_TYPES.JSXIdentifier) return attribute.name;
  }
  const start = getWorkStart(awaitNode.argument);
  if (!start) return 'result';
  if (start.type === AST_NODE_TYPES.ImportExpression) return nameFromSpecifier(start.source) ?? 'module';
  if (isPromiseCombinator(start)) return `${nameOfTarget(awaitNode) ?? ''}Results`;
  const callee = skipTypeWrappers(start.type === AST_NODE_TYPES.TaggedTemplateExpression ? start.tag : start.callee);
  return nameFromCallee(callee) ?? 'result';
}

function nameFromCallee(callee: TSESTree.Node): string | null {
  if (callee.type === AST_NODE_TYPES.Identifier) {
    // the function's own name is taken: `countUsers()` gives `countUsersResult` (`new Client()`: `client`)
    const stripped = withoutLeadingVerb(callee.name);
    return stripped === callee.name && /^[a-z_$]/.test(callee.name) ? `${callee.name}Result` : stripped;
  }
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const name = getStaticPropertyName(callee);
    const stripped = name === null ? null : withoutLeadingVerb(name);
    if (stripped) return stripped;
    const object = skipTypeWrappers(callee.object);
    if (object.type === AST_NODE_TYPES.Identifier) return object.name;
    if (object.type === AST_NODE_TYPES.MemberExpression) return getStaticPropertyName(object);
    if (object.type === AST_NODE_TYPES.CallExpression) return nameFromCallee(skipTypeWrappers(object.callee));
  }
  return null;
}

/** `getPosts` -> `Posts`, `json` -> `json`, `get` -> null. */
function withoutLeadingVerb(name: string): string | null {
  const match = /^([a-z]+)([A-Z0-9_$].*)$/.exec(name);
  if (match && LEADING_VERBS.has(match[1]!)) return match[2]!;
  return LEADING_VERBS.has(name) ? null : name;
}

/** `import('./core/sync.js')` -> `sync`, `import('node:fs/promises')` -> `promises`. */
function nameFromSpecifier(source: TSESTree.Node): string | null {
  if (source.type !== AST_NODE_TYPES.Literal || typeof source.value !== 'string') return null;
  const file =
    source.value
      .split(/[\\/:]/)
      .at(-1)
      ?.replace(/\.[^.]*$/, '') ?? '';
  const camel = file.replace(/[-_.]+([a-zA-Z0-9])/g, (_, next: string) => next.toUpperCase());
  return /^[A-Za-z_$][\w$]*$/.test(camel) ? camel : null;
}

/** The name a nested await's value ends up in: `x` in `const x = (await …).y` or `x = f(await …)`. */
function nameOfTarget(node: TSESTree.Node): string | null {
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.VariableDeclarator) {
      return current.id.type === AST_NODE_TYPES.Identifier ? current.id.name : null;
    }
    if (current.type === AST_NODE_TYPES.AssignmentExpression) {
      return current.left.type === AST_NODE_TYPES.Identifier ? current.left.name : null;
    }
    if (/Statement$|Function/.test(current.type)) return null;
  }
  return null;
}
