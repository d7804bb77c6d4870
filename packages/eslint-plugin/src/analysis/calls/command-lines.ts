/**
 * What a subprocess does, read from its command line: `execa('git', ['rev-parse', 'HEAD'])`,
 * `` $`git log -1 --format=%s` ``, `exec('npm view react version')`. Most commands change
 * something or depend on what ran before, so a subprocess is ordered unless its command line is
 * one of the read-only commands of the table below: a query of a repository, a registry, a
 * cluster or the machine, which two processes can run at the same time.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { WorkStart } from '../called-names.js';
import { stringOf, valueOf, type ConstantResolver } from './arguments.js';

/**
 * Read-only commands by executable: subcommands (`git log`), or a subcommand with an option that
 * makes it a query (`git config --get`), written as `subcommand` or `subcommand option|option`.
 * `git status` is not one: it refreshes the index and takes its lock.
 */
export const READ_ONLY_COMMANDS: Readonly<Record<string, readonly string[]>> = {
  git: [
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
    'config --get|--get-all|--get-regexp|--list|-l',
    'branch --show-current|--list|-l',
    'remote get-url|-v',
    'tag --list|-l|--points-at|--contains',
  ],
  npm: ['view', 'info', 'show', 'ls', 'list', 'outdated', 'whoami', 'ping', 'search', 'prefix', 'root', 'config get', 'pack --dry-run'],
  pnpm: ['view', 'info', 'ls', 'list', 'outdated', 'why', 'root', 'config get'],
  yarn: ['info', 'list', 'why', 'config get'],
  docker: ['inspect', 'ps', 'images', 'info', 'version', 'logs', 'compose config|ps'],
  kubectl: ['get', 'describe', 'logs', 'version', 'config view|current-context|get-contexts'],
  gh: ['pr view|list|diff|checks', 'issue view|list', 'repo view', 'release view|list', 'run view|list'],
  which: [''],
  where: [''],
  uname: [''],
  whoami: [''],
  hostname: [''],
  cat: [''],
  ls: [''],
};

/** A command line whose first word is one of these runs another command: what it runs is not read here. */
const PREFIX_COMMANDS = new Set(['sudo', 'env', 'xargs', 'sh', 'bash', 'npx', 'time', 'nohup']);

/** Whether a command line only reads: one of the table's commands, or an executable asked for its version. */
export function isReadOnlyCommand(words: readonly string[]): boolean {
  const [executable, ...rest] = words;
  if (executable === undefined || PREFIX_COMMANDS.has(executable)) return false;
  // a redirection, a pipe or a second command may write anything
  if (rest.some(word => /[;|&<>`]|\$\(/.test(word) || word.startsWith('--output'))) return false;
  if (rest.length === 1 && /^(?:--version|-v|-V|version)$/.test(rest[0]!)) return true;
  const entries = READ_ONLY_COMMANDS[baseName(executable)];
  if (!entries) return false;
  const positional = rest.filter(word => !word.startsWith('-'));
  return entries.some(entry => {
    const [subcommand = '', alternatives] = entry.split(' ');
    if (subcommand === '') return true;
    if (rest[0] !== subcommand) return false;
    if (alternatives === undefined) return true;
    // the option or the sub-subcommand that makes it a query
    const options = alternatives.split('|');
    return options.some(option => (option.startsWith('-') ? rest.includes(option) : positional.slice(1).includes(option)));
  });
}

function baseName(executable: string): string {
  return executable.slice(executable.lastIndexOf('/') + 1).replace(/\.(?:exe|cmd)$/i, '');
}

/**
 * The words of the command line a process call runs, or null when it cannot be read: a file and
 * an array of arguments (`execa('git', ['log'])`, `spawn`, `execFile`), a whole command line
 * (`exec('git log')`, `execaCommand(…)`), or a template (`` $`git log ${ref}` ``; its
 * expressions are single words). Arguments that are not written out make it unreadable.
 */
export function commandLineOf(call: WorkStart, resolve: ConstantResolver): string[] | null {
  if (call.type === AST_NODE_TYPES.TaggedTemplateExpression) return templateWords(call.quasi);
  if (call.type !== AST_NODE_TYPES.CallExpression) return null;
  const [first, second] = call.arguments;
  if (!first) return null;
  const head = valueOf(first, resolve);
  if (head === null) return null;
  const line = head.type === AST_NODE_TYPES.TemplateLiteral ? templateWords(head) : stringOf(head)?.trim().split(/\s+/);
  if (!line || line.length === 0) return null;
  const list = second ? valueOf(second, resolve) : null;
  if (list?.type !== AST_NODE_TYPES.ArrayExpression) return line;
  const words = [...line];
  for (const element of list.elements) {
    if (element === null || element.type === AST_NODE_TYPES.SpreadElement) return null;
    const value = valueOf(element, resolve);
    const text = value ? stringOf(value) : null;
    // an argument computed at run time is a word, but not one the table can match on: an option or a subcommand must be written
    words.push(text ?? '\u2026');
  }
  return words;
}

/** A template's words; each expression is one word (`…`), as execa and zx quote it. */
function templateWords(template: TSESTree.TemplateLiteral): string[] {
  const words: string[] = [];
  template.quasis.forEach((quasi, index) => {
    words.push(...(quasi.value.cooked ?? quasi.value.raw).split(/\s+/).filter(Boolean));
    if (index < template.expressions.length) words.push('\u2026');
  });
  return words;
}
