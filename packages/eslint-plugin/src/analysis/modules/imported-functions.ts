/**
 * What a function imported from another file of the project does, read from its body there, as
 * for a function of the same file (`function-summaries.ts`): `await render(page)` where `render`
 * is prettier and a lodash template in `./templates` has nothing to overlap; `await getPackage()`
 * that may prompt and run `npm install` is ordered.
 *
 * Only relative imports are followed (packages are the library table's business), through
 * re-exports, at most a few modules deep. What carries across files is what is known (see
 * `trustedPart`); a helper a module deeper counts only for whether its wait takes time. What the
 * summary touches is another file's variable, so a summary brought into the calling file touches
 * an unknown resource. What is exact carries too: the state of its own module a function reads
 * and writes (`moduleStateOf`), so `loadFlags()` that sets the module's `current` comes before
 * `resolvePlanLimits()` that reads it.
 */
import path from 'node:path';

import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { Operation } from '../calls/operation.js';
import type { SourceFacts } from '../shared-model.js';
import type { ClosureEffects } from '../statement-effects.js';
import { getStaticPropertyName } from '../ast.js';
import { exportedVariableName, exportTargetsOf, importBindingOf, type ImportedName } from './exported-functions.js';
import { loadModule, resolveRelativeModule, type ModuleFile } from './module-files.js';
import { isRelativeSpecifier } from './specifiers.js';

/** How a function of a module is judged: with that module's own model, made for one lint. */
export interface ModuleJudge {
  /** What the function does, as its module's call model summarizes it. */
  summarize(module: ModuleFile, fn: TSESTree.FunctionLike, scope: ImportScope): Operation;
  /** The state of its module's top level it reads and writes (`EffectsIndex.topLevelStateOf`). */
  topLevelStateOf(module: ModuleFile, fn: TSESTree.FunctionLike, scope: ImportScope): ClosureEffects;
}

/** How many re-exports (`export * from`, `export { x } from`) are followed to find a function. */
const MAX_REEXPORT_HOPS = 4;
/** How many modules deep a summary may reach: a helper that calls a helper of a third module, and so on. */
const MAX_MODULE_DEPTH = 4;
/** How many modules one call's lookup may look into (a barrel of hundreds of `export *` stops here). */
const MAX_MODULES_PER_LOOKUP = 64;

/**
 * What one lint of one file knows of the modules it reaches: their call models, the exports
 * summarized (each once: an `export *` mesh stays linear), the ones in progress (a cycle of
 * imports ends as unknown) and how deep the summary now is. A lint starts with none of it, so its
 * answer does not depend on what was linted before in the same process.
 */
export class ImportScope {
  readonly models = new Map<ModuleFile, unknown>();
  readonly summaries = new Map<string, Operation | null>();
  /** Where each specifier of each importer leads, looked up on disk once per lint. */
  readonly resolved = new Map<string, string | null>();
  /** The function each import of each importer names, once found (`moduleStateOf`). */
  readonly exportedFunctions = new Map<string, { module: ModuleFile; function: TSESTree.FunctionLike } | null>();
  /** The top-level variable each import of each importer names, once found (`importedVariableOf`). */
  readonly exportedVariables: Map<string, TSESLint.Scope.Variable | null> = new Map();
  readonly inProgress = new Set<string>();
  /** The modules the current lookup of a call has looked into, and how many lookups ran out of them. */
  visited = new Set<string>();
  exhausted = 0;
  depth = 0;
}

export class ImportedFunctions {
  readonly #importer: string;
  readonly #parser: unknown;
  readonly #callsToRead: ReadonlySet<TSESTree.Node> | null;
  readonly #scope: ImportScope;
  readonly #judge: ModuleJudge;

  private constructor(importer: string, parser: unknown, callsToRead: ReadonlySet<TSESTree.Node> | null, scope: ImportScope, judge: ModuleJudge) {
    this.#importer = importer;
    this.#parser = parser;
    this.#callsToRead = callsToRead;
    this.#scope = scope;
    this.#judge = judge;
  }

  /** The imports of a file, or null when none is to be read or it is not a file on disk (`<input>`, a test's `file.ts`). */
  static forImporter(facts: SourceFacts, judge: ModuleJudge): ImportedFunctions | null {
    const { filename, parser, importedCallsToRead } = facts;
    if (!filename || !path.isAbsolute(filename) || importedCallsToRead === undefined) return null;
    const scope = facts.importScope ?? new ImportScope();
    return new ImportedFunctions(filename, parser, importedCallsToRead === 'all' ? null : importedCallsToRead, scope, judge);
  }

  /** What the call of an imported function does, read from its body; null when it is not read or cannot be. */
  operationOf(call: TSESTree.Node, imported: ImportedName): Operation | null {
    if (!isRelativeSpecifier(imported.specifier) || (this.#callsToRead !== null && !this.#callsToRead.has(call))) return null;
    // summarized for another module's summary: only what its wait costs carries that far
    const nested = this.#scope.depth > 0;
    // each call of the file has its own allowance: a barrel elsewhere in the file does not use it up
    if (!nested) this.#scope.visited = new Set();
    const summary = this.#summarizeExport(this.#importer, imported, 0);
    const trusted = summary ? (nested ? (summary.latency === undefined ? null : summary) : trustedPart(summary)) : null;
    if (!trusted) return null;
    // what it touches is another file's, and nothing there is this file's one-at-a-time client
    return {
      kind: trusted.kind,
      resource: null,
      reason: `body of ${imported.name} in ${imported.specifier}`,
      known: trusted.known,
      ...(trusted.latency ? { latency: trusted.latency } : {}),
    };
  }

  /**
   * The state of its own module that the call of an imported function reads and writes, for the
   * file's dependency analysis: the module's variables, the same ones for every function of that
   * module the file calls. Read for the calls to read and the calls inside them (`pRetry(() =>
   * loadFlags())`, `loadFlags().then(…)`); null for others, or when the call leads to no function.
   */
  moduleStateOf(call: TSESTree.Node, imported: ImportedName): ClosureEffects | null {
    if (!isRelativeSpecifier(imported.specifier) || (this.#callsToRead !== null && !isInOneOf(call, this.#callsToRead))) return null;
    const key = `${this.#importer}\n${imported.specifier}\n${imported.name}`;
    let found = this.#scope.exportedFunctions.get(key);
    if (found === undefined) {
      found = this.#exportedFunction(this.#importer, imported, 0, new Set());
      this.#scope.exportedFunctions.set(key, found);
    }
    return found ? this.#judge.topLevelStateOf(found.module, found.function, this.#scope) : null;
  }

  /**
   * What reading an imported binding reads of its module's state: `config` from
   * `import { config } from './config'`, where the module declares `export let config` and
   * assigns it again, or changes the object in place. The module's own variable, so that a call of
   * the module's function that assigns it once it has waited comes before the read. Null for
   * anything else, or when the read is not in a call to read (see `moduleStateOf`).
   */
  importedVariableOf(identifier: TSESTree.Node, variable: TSESLint.Scope.Variable): ClosureEffects | null {
    if (this.#callsToRead !== null && !isInOneOf(identifier, this.#callsToRead)) return null;
    const def = variable.defs.length === 1 ? variable.defs[0]! : null;
    const binding = def ? importBindingOf(def) : null;
    // `config` of `import { config }`, or `ns.config` of `import * as ns` (a default import names no variable)
    if (!binding || def!.node.type === AST_NODE_TYPES.ImportDefaultSpecifier) return null;
    const member = identifier.parent?.type === AST_NODE_TYPES.MemberExpression && identifier.parent.object === identifier ? identifier.parent : null;
    const imported = !binding.namespace ? binding.name : member ? getStaticPropertyName(member) : null;
    const { specifier } = binding;
    if (imported === null || !isRelativeSpecifier(specifier)) return null;
    const key = `${this.#importer}\n${specifier}\n${imported}`;
    let state = this.#scope.exportedVariables.get(key);
    if (state === undefined) {
      state = this.#exportedVariable(specifier, imported);
      this.#scope.exportedVariables.set(key, state);
    }
    if (!state) return null;
    const reassigned = state.references.some(reference => reference.isWrite() && !reference.init);
    return {
      reads: new Set(reassigned ? [state] : []),
      writes: new Set(),
      objectWrites: [],
      objectUses: [{ root: state, property: null, isMethodCall: false }],
      writtenParameters: new Set(),
      writtenParameterProperties: new Map(),
    };
  }

  /** The top-level variable a module of the importer exports as `name`, or null. */
  #exportedVariable(specifier: string, name: string): TSESLint.Scope.Variable | null {
    const filename = this.#resolve(this.#importer, specifier);
    const module = filename ? loadModule(filename, this.#parser) : null;
    if (!module) return null;
    const localName = exportedVariableName(module.program, name);
    const { globalScope } = module.facts.scopeManager;
    const moduleScope = globalScope?.childScopes.find(scope => scope.block === module.program) ?? globalScope;
    return (localName === null ? undefined : moduleScope?.set.get(localName)) ?? null;
  }

  /** The function an export names, through re-exports (each module looked into once, at most 64); null when it is not a function of a module read. */
  #exportedFunction(
    importer: string,
    imported: ImportedName,
    hops: number,
    visited: Set<string>,
  ): { module: ModuleFile; function: TSESTree.FunctionLike } | null {
    const filename = this.#resolve(importer, imported.specifier);
    if (!filename || visited.has(filename) || visited.size >= MAX_MODULES_PER_LOOKUP) return null;
    visited.add(filename);
    const module = loadModule(filename, this.#parser);
    if (!module) return null;
    for (const target of exportTargetsOf(module.program, imported.name)) {
      if ('function' in target) return { module, function: target.function };
      if (hops < MAX_REEXPORT_HOPS && isRelativeSpecifier(target.reexport.specifier)) {
        const found = this.#exportedFunction(module.filename, target.reexport, hops + 1, visited);
        if (found) return found;
      }
    }
    return null;
  }

  /** Where a specifier of an importer leads, looked up on disk once per lint. */
  #resolve(importer: string, specifier: string): string | null {
    const from = `${importer}\n${specifier}`;
    let filename = this.#scope.resolved.get(from);
    if (filename === undefined) {
      filename = resolveRelativeModule(importer, specifier);
      this.#scope.resolved.set(from, filename);
    }
    return filename;
  }

  #summarizeExport(importer: string, imported: ImportedName, hops: number): Operation | null {
    const scope = this.#scope;
    const filename = this.#resolve(importer, imported.specifier);
    if (!filename) return null;
    const key = `${filename}#${imported.name}`;
    if (scope.summaries.has(key)) return scope.summaries.get(key)!;
    if (scope.inProgress.has(key) || scope.depth >= MAX_MODULE_DEPTH) return null;
    if (!scope.visited.has(filename) && scope.visited.size >= MAX_MODULES_PER_LOOKUP) {
      scope.exhausted++;
      return null;
    }
    scope.visited.add(filename);
    const module = loadModule(filename, this.#parser);
    if (!module) return null;
    scope.inProgress.add(key);
    scope.depth++;
    const exhaustedBefore = scope.exhausted;
    let summary: Operation | null = null;
    try {
      for (const target of exportTargetsOf(module.program, imported.name)) {
        if ('function' in target) {
          summary = this.#judge.summarize(module, target.function, scope);
          break;
        }
        if (hops < MAX_REEXPORT_HOPS && isRelativeSpecifier(target.reexport.specifier)) {
          summary = this.#summarizeExport(module.filename, target.reexport, hops + 1);
          if (summary) break;
        }
      }
    } finally {
      scope.inProgress.delete(key);
      scope.depth--;
    }
    // an answer cut short by the allowance is this lookup's, not the export's
    if (scope.exhausted === exhaustedBefore) scope.summaries.set(key, summary);
    return summary;
  }
}

/**
 * What a summary of another module's function says with evidence. A helper's body reaches far
 * (its own helpers, their loggers, caches and locks), and what its names alone suggest adds up
 * to noise: only what is known counts. The whole summary when every call in it is known, or when
 * it says the wait has nothing to overlap; otherwise the strongest kind a call in it is known to
 * have (a prompt, an insert), when that is more than a read; otherwise nothing, and the call is
 * judged as if its body were not there.
 */
function trustedPart(summary: Operation): Operation | null {
  if (summary.known || summary.latency !== undefined) return summary;
  const proven = summary.provenKind ?? 'read';
  return proven === 'read' ? null : { ...summary, kind: proven, known: true };
}

/** Whether `node` is one of `nodes` or inside one. */
function isInOneOf(node: TSESTree.Node, nodes: ReadonlySet<TSESTree.Node>): boolean {
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) if (nodes.has(current)) return true;
  return false;
}
