/**
 * What a subprocess does, read from its command line: `execa('git', ['rev-parse', 'HEAD'])`,
 * `` $`git log -1 --format=%s` ``, `exec('npm view react version')`. Most commands change
 * something or depend on what ran before, so a subprocess is ordered unless its command line is,
 * word for word, one of the read-only commands of the table below: a query of a repository, a
 * registry, a cluster or the machine, which two processes can run at the same time.
 *
 * Anything this cannot read for certain keeps the subprocess ordered: a command line built at
 * run time, a quoted or multi-line shell string, output sent to a file, a shell, an executable
 * or subcommand that is not written out.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { skipTypeWrappers } from '../ast.js';
import { getCalledName, type WorkStart } from '../called-names.js';
import { stringOf, valueOf, type ConstantResolver } from './arguments.js';

/** The functions of the process libraries that run a command line (their other exports, zx's `question` or `fs`, do not). */
export const SPAWNING_CALLS: ReadonlySet<string> = new Set(['exec', 'execFile', 'spawn', 'execa', 'execaCommand', '$', 'x']);

/**
 * Read-only commands by executable. An entry is the words that must follow the executable
 * exactly (`log`, `pr view`, `config --get`); after them any words may follow, unless the entry
 * ends with `#N`: then at most N more words, none of them an option (`remote -v #0` is
 * `git remote -v` and nothing else). `git status` is not one: it refreshes the index and takes
 * its lock; `npm pack --dry-run` is not one: it still runs `prepack`.
 */
export const READ_ONLY_COMMANDS: ReadonlyMap<string, readonly string[]> = new Map([
  [
    'git',
    [
      'rev-parse',
      'log',
      'show',
      'diff',
      'describe',
      'ls-files',
      'ls-tree',
      'ls-remote',
      'cat-file',
      'rev-list',
      'merge-base',
      'blame',
      'shortlog',
      'for-each-ref',
      'show-ref',
      'name-rev',
      'grep',
      'check-ignore',
      'config --get #2',
      'config --get-all #2',
      'config --get-regexp #2',
      'config --list #0',
      'branch --show-current #0',
      'remote -v #0',
      'remote get-url #1',
    ],
  ],
  ['npm', ['view', 'info', 'show', 'ls', 'list', 'outdated', 'whoami', 'ping', 'search', 'prefix', 'root', 'config get', '-v #0']],
  ['pnpm', ['view', 'info', 'ls', 'list', 'outdated', 'why', 'root', 'config get', '-v #0']],
  ['yarn', ['info', 'list', 'why', 'config get', '-v #0']],
  ['node', ['-v #0']],
  ['docker', ['inspect', 'ps', 'images', 'info', 'version', 'logs', 'compose ps']],
  ['kubectl', ['get', 'describe', 'logs', 'version', 'config view', 'config current-context', 'config get-contexts']],
  ['gh', ['pr view', 'pr list', 'pr diff', 'pr checks', 'issue view', 'issue list', 'repo view', 'release view', 'release list', 'run view', 'run list']],
  ['which', ['']],
  ['where', ['']],
  ['uname', ['']],
  ['whoami', ['#0']],
  ['cat', ['']],
  ['ls', ['']],
]);

/** Options that send a command's output to a file: `git diff --output=x`, `docker compose config -o x`. */
const OUTPUT_OPTION = /^(?:-o|--output(?:=.*)?|--output-file(?:=.*)?)$/;

/** Whether a command line only reads: word for word one of the table's commands, or an executable asked for `--version`. */
export function isReadOnlyCommand(words: readonly string[]): boolean {
  const [executable, ...rest] = words;
  if (executable === undefined) return false;
  // a shell's operators, a substitution or expansion, an environment assignment before the command, or a word this could not read
  if (words.some(word => /[;|&<>`$\n\r]/.test(word) || word.includes(UNKNOWN_WORD))) return false;
  if (executable.includes('=')) return false;
  if (rest.some(word => OUTPUT_OPTION.test(word))) return false;
  if (rest.length === 1 && rest[0] === '--version') return true;
  const entries = READ_ONLY_COMMANDS.get(baseName(executable));
  return entries !== undefined && entries.some(entry => matchesEntry(entry, rest));
}

function matchesEntry(entry: string, rest: readonly string[]): boolean {
  const limit = /\s*#(\d+)$/.exec(entry);
  const prefix = (limit ? entry.slice(0, limit.index) : entry).split(' ').filter(Boolean);
  if (prefix.some((word, index) => rest[index] !== word)) return false;
  if (!limit) return true;
  const more = rest.slice(prefix.length);
  return more.length <= Number(limit[1]) && more.every(word => !word.startsWith('-'));
}

function baseName(executable: string): string {
  return executable.slice(executable.lastIndexOf('/') + 1).replace(/\.(?:exe|cmd)$/i, '');
}

/**
 * A word of the command line that is not written out in the code: it could be an option
 * (`--output=…`), so a command line with one is not read-only.
 */
const UNKNOWN_WORD = '\u2026';
/** Marks the end of a word whose start is written out and not an option (`v${version}`): it cannot be an option either. */
const PARTLY_WRITTEN = '\u00b7';

/**
 * The words of the command line a process call runs, or null when it cannot be read for certain:
 * an executable and a list of arguments (`execa('git', ['log'])`, `spawn`, `execFile`), a whole
 * command line in one string (`exec('git log')`, `execaCommand(…)`), or a tagged template
 * (`` $`git log ${ref}` ``, whose expressions execa and zx pass as single arguments). Only for
 * the library's spawning functions (`SPAWNING_CALLS`).
 */
export function commandLineOf(call: WorkStart, resolve: ConstantResolver): string[] | null {
  if (call.type === AST_NODE_TYPES.TaggedTemplateExpression) {
    // `$({ cwd })\`…\``: the options come first; a shell or an output file makes it unreadable
    const tag = call.tag.type === AST_NODE_TYPES.CallExpression ? call.tag : null;
    if (!SPAWNING_CALLS.has(getCalledName(call) ?? (tag ? getCalledName(tag) : null) ?? '')) return null;
    if (tag && !tag.arguments.every(argument => isHarmlessOptions(argument))) return null;
    return taggedWords(call.quasi);
  }
  if (call.type !== AST_NODE_TYPES.CallExpression || !SPAWNING_CALLS.has(getCalledName(call) ?? '')) return null;
  const [first, ...others] = call.arguments;
  if (!first) return null;
  const line = lineWords(stringValueOf(first, resolve));
  if (!line) return null;
  const words = [...line];
  for (const [position, argument] of others.entries()) {
    // a list or an options object must be written in the call: a `const` one may have been changed since
    const value = skipTypeWrappers(argument);
    if (position === 0 && value.type === AST_NODE_TYPES.ArrayExpression) {
      const listed = listWords(value, resolve);
      if (!listed) return null;
      words.push(...listed);
    } else if (value.type === AST_NODE_TYPES.ArrowFunctionExpression || value.type === AST_NODE_TYPES.FunctionExpression) {
      // a callback (`exec(line, (error, stdout) => …)`)
    } else if (!isHarmlessOptions(argument)) {
      return null;
    }
  }
  return words;
}

/** A string argument: written in place, or a `const` string (a string cannot change). */
function stringValueOf(argument: TSESTree.Node, resolve: ConstantResolver): TSESTree.Node | null {
  const value = valueOf(argument, resolve);
  return value && (value.type === AST_NODE_TYPES.Literal || value.type === AST_NODE_TYPES.TemplateLiteral) ? value : null;
}

/** A string written out (a literal, a template without expressions, a `const`), split into words; null for anything else or a quoted or multi-line one. */
function lineWords(value: TSESTree.Node | null): string[] | null {
  if (value === null) return null;
  if (value.type === AST_NODE_TYPES.TemplateLiteral && value.expressions.length > 0) return null;
  const text = stringOf(value);
  if (text === null || /['"\\\n\r]/.test(text)) return null;
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.length > 0 ? words : null;
}

/**
 * The arguments of an argument list. An element built at run time is a word not written out,
 * except a template that starts with written text that is not an option (`v${version}`,
 * `refs/${name}`): its value cannot be an option either. A spread makes the list unreadable.
 */
function listWords(list: TSESTree.ArrayExpression, resolve: ConstantResolver): string[] | null {
  const words: string[] = [];
  for (const element of list.elements) {
    if (element === null || element.type === AST_NODE_TYPES.SpreadElement) return null;
    const value = stringValueOf(element, resolve);
    if (value?.type === AST_NODE_TYPES.TemplateLiteral && value.expressions.length > 0) {
      const head = value.quasis[0]!.value.cooked ?? '';
      words.push(head !== '' && !head.startsWith('-') ? `${head}${PARTLY_WRITTEN}` : UNKNOWN_WORD);
      continue;
    }
    const text = value ? stringOf(value) : null;
    words.push(text ?? UNKNOWN_WORD);
  }
  return words;
}

/** Options written in the call that neither run a shell nor send output anywhere but back to the caller. */
function isHarmlessOptions(argument: TSESTree.Node): boolean {
  const value = skipTypeWrappers(argument);
  if (value.type !== AST_NODE_TYPES.ObjectExpression) return false;
  return value.properties.every(
    property =>
      property.type === AST_NODE_TYPES.Property &&
      !property.computed &&
      (property.key.type === AST_NODE_TYPES.Identifier || property.key.type === AST_NODE_TYPES.Literal) &&
      !REDIRECTING_OPTIONS.has(String(property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : property.key.value)),
  );
}

/** Options of `child_process` and execa that run a shell or send a stream elsewhere. */
const REDIRECTING_OPTIONS = new Set(['shell', 'stdio', 'stdout', 'stderr', 'all', 'output', 'pipe', 'detached', 'nodeOptions']);

/**
 * A tagged template's words. Each expression is one word, as execa and zx pass it, but not one
 * written out (it could be an option), so it makes the command line not read-only; a line break
 * (two commands for a shell) makes it unreadable.
 */
function taggedWords(template: TSESTree.TemplateLiteral): string[] | null {
  const words: string[] = [];
  for (const [index, quasi] of template.quasis.entries()) {
    const text = quasi.value.cooked ?? quasi.value.raw;
    if (/[\n\r'"\\]/.test(text)) return null;
    words.push(...text.split(/\s+/).filter(Boolean));
    if (index < template.expressions.length) words.push(UNKNOWN_WORD);
  }
  return words.length > 0 ? words : null;
}
