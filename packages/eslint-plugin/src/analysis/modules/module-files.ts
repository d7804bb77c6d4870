/**
 * The files a relative import names, read and parsed once per process: what the call model needs
 * to summarize a function defined in another file of the project (`import { render } from
 * './templates'`).
 *
 * A JavaScript module is read with espree and eslint-scope, as ESLint reads JavaScript
 * (`javascript-modules.ts`). A TypeScript module, or JavaScript that espree does not parse, is read
 * with the parser the linted file was parsed with when it is one with `parseForESLint`
 * (typescript-eslint's, for TypeScript), else `@typescript-eslint/parser` as this plugin resolves
 * it (its optional peer). Nothing is loaded from the linted file's own directory. With no parser,
 * or for a file that is too large or does not parse, there is no module: the call stays as
 * unknown as it was.
 */
import { readFileSync, statSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { SourceFacts } from '../shared-model.js';
import { isJavaScriptModule, parseJavaScriptModule, type ParsedModule } from './javascript-modules.js';
import { isRelativeSpecifier } from './specifiers.js';

/** A module read from disk: its facts, for the call model to judge its functions with. */
export interface ModuleFile {
  readonly filename: string;
  readonly program: TSESTree.Program;
  readonly facts: SourceFacts;
}

interface ModuleParser {
  parseForESLint(
    text: string,
    options: Record<string, unknown>,
  ): { ast: TSESTree.Program; scopeManager: TSESLint.Scope.ScopeManager | null; visitorKeys: TSESLint.SourceCode.VisitorKeys };
}

/** Files larger than this are not read: a generated bundle says nothing a helper would. */
export const MAX_MODULE_BYTES = 512 * 1024;
/** How many parsed modules stay in memory; the oldest read is dropped first. */
const MAX_CACHED_MODULES = 1024;

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
/** What a `.js` specifier may stand for in a TypeScript project (`./util.js` is `./util.ts`). */
const COMPILED_TO: Record<string, readonly string[]> = {
  '.js': ['.ts', '.tsx'],
  '.jsx': ['.tsx'],
  '.mjs': ['.mts'],
  '.cjs': ['.cts'],
};

/** The file a relative specifier names from `importer`, as Node and bundlers resolve it, or null. */
export function resolveRelativeModule(importer: string, specifier: string): string | null {
  if (!isRelativeSpecifier(specifier)) return null;
  const base = path.resolve(path.dirname(importer), specifier);
  const extension = path.extname(base);
  const candidates: string[] = [];
  if (extension in COMPILED_TO) {
    const stem = base.slice(0, -extension.length);
    for (const compiled of COMPILED_TO[extension]!) candidates.push(stem + compiled);
    candidates.push(base);
  } else {
    if (SOURCE_EXTENSIONS.includes(extension)) candidates.push(base);
    for (const added of SOURCE_EXTENSIONS) candidates.push(base + added);
    for (const added of SOURCE_EXTENSIONS) candidates.push(path.join(base, `index${added}`));
  }
  for (const candidate of candidates) {
    if (candidate.endsWith('.d.ts') || candidate.endsWith('.d.mts') || candidate.endsWith('.d.cts')) continue;
    if (statOf(candidate)?.isFile()) return candidate;
  }
  return null;
}

/** A path's stats, or null for anything that is not there to read: missing, a file where a folder was expected (`./engine.wasm/index.ts`), a symlink loop. */
function statOf(path: string): Stats | null {
  try {
    return statSync(path, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}

interface CachedModule {
  readonly mtimeMs: number;
  readonly size: number;
  readonly module: ModuleFile | null;
}

/** Parsed modules by parser and file name: a file another parser could not read may be one this parser reads. */
const modules = new Map<string, CachedModule>();
const parserIds = new WeakMap<object, number>();

/** The module in `filename`, parsed once while the file stays the same; null when it cannot be read. */
export function loadModule(filename: string, fileParser?: unknown): ModuleFile | null {
  const stats = statOf(filename);
  if (!stats?.isFile()) return null;
  const parser = asModuleParser(fileParser) ?? ownParser();
  const key = `${parser ? idOf(parser) : 0}:${filename}`;
  const cached = modules.get(key);
  if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) return cached.module;
  const module = stats.size > MAX_MODULE_BYTES ? null : parseModule(filename, parser);
  modules.delete(key);
  modules.set(key, { mtimeMs: stats.mtimeMs, size: stats.size, module });
  if (modules.size > MAX_CACHED_MODULES) modules.delete(modules.keys().next().value!);
  return module;
}

let nextParserId = 1;

function idOf(parser: object): number {
  let id = parserIds.get(parser);
  if (id === undefined) {
    id = nextParserId++;
    parserIds.set(parser, id);
  }
  return id;
}

function parseModule(filename: string, parser: ModuleParser | null): ModuleFile | null {
  let text: string;
  try {
    text = readFileSync(filename, 'utf8');
  } catch {
    return null;
  }
  const parsed = (isJavaScriptModule(filename) ? parseJavaScriptModule(text, filename) : null) ?? parseWith(parser, text, filename);
  if (!parsed) return null;
  const { ast, scopeManager, visitorKeys } = parsed;
  const awaits = linkParents(ast, visitorKeys);
  return { filename, program: ast, facts: { awaits, scopeManager, visitorKeys, text, filename, parser, importedCallsToRead: 'all' } };
}

/** The module parsed with typescript-eslint's parser, or null: a file that does not parse says nothing about what its functions do. */
function parseWith(parser: ModuleParser | null, text: string, filename: string): ParsedModule | null {
  if (!parser) return null;
  try {
    const { ast, scopeManager, visitorKeys } = parser.parseForESLint(text, {
      filePath: filename,
      range: true,
      loc: false,
      comment: false,
      tokens: false,
      sourceType: 'module',
      ecmaVersion: 'latest',
      jsDocParsingMode: 'none',
    });
    return scopeManager ? { ast, scopeManager, visitorKeys } : null;
  } catch {
    return null;
  }
}

/** Sets every node's `parent`, as ESLint does while it traverses, and returns the file's awaits. */
function linkParents(program: TSESTree.Program, visitorKeys: TSESLint.SourceCode.VisitorKeys): TSESTree.AwaitExpression[] {
  const awaits: TSESTree.AwaitExpression[] = [];
  const pending: TSESTree.Node[] = [program];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === AST_NODE_TYPES.AwaitExpression) awaits.push(node);
    for (const key of visitorKeys[node.type] ?? []) {
      const value = (node as unknown as Record<string, unknown>)[key];
      for (const child of Array.isArray(value) ? value : [value]) {
        if (child && typeof (child as TSESTree.Node).type === 'string') {
          (child as { parent: TSESTree.Node }).parent = node;
          pending.push(child as TSESTree.Node);
        }
      }
    }
  }
  return awaits;
}

/** A parser that gives what the call model needs (an AST with scopes), or null. */
export function asModuleParser(parser: unknown): ModuleParser | null {
  return typeof (parser as Partial<ModuleParser> | null)?.parseForESLint === 'function' ? (parser as ModuleParser) : null;
}

let own: ModuleParser | null | undefined;

/** `@typescript-eslint/parser` as this plugin resolves it, loaded on first use; null when it is not installed. */
function ownParser(): ModuleParser | null {
  if (own === undefined) {
    try {
      own = OWN_REQUIRE ? asModuleParser(OWN_REQUIRE('@typescript-eslint/parser')) : null;
    } catch {
      own = null;
    }
  }
  return own;
}

/** This module's own `require`; absent where it was bundled into a script with no module URL. */
const OWN_REQUIRE: NodeJS.Require | null = typeof import.meta.url === 'string' ? createRequire(import.meta.url) : null;
