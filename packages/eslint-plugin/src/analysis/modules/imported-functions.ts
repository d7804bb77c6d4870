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
 * an unknown resource.
 */
import path from 'node:path';

import type { TSESTree } from '@typescript-eslint/utils';

import type { Operation } from '../calls/operation.js';
import type { SourceFacts } from '../shared-model.js';
import { exportTargetsOf, type ImportedName } from './exported-functions.js';
import { isRelativeSpecifier, loadModule, resolveRelativeModule, type ModuleFile } from './module-files.js';

/** How a function of a module is summarized: with that module's own call model. */
export type SummarizeInModule = (module: ModuleFile, fn: TSESTree.FunctionLike) => Operation;

/** How many re-exports (`export * from`, `export { x } from`) are followed to find a function. */
const MAX_REEXPORT_HOPS = 4;
/** How many modules deep a summary may reach: a helper that calls a helper of a third module, and so on. */
const MAX_MODULE_DEPTH = 4;

/** Exports being summarized, across modules: one reached again (a cycle of imports) is unknown. */
const inProgress = new Set<string>();
let depth = 0;

export class ImportedFunctions {
  readonly #importer: string;
  readonly #parser: unknown;
  readonly #callsToRead: ReadonlySet<TSESTree.Node> | null;
  readonly #summarize: SummarizeInModule;

  private constructor(importer: string, parser: unknown, callsToRead: ReadonlySet<TSESTree.Node> | null, summarize: SummarizeInModule) {
    this.#importer = importer;
    this.#parser = parser;
    this.#callsToRead = callsToRead;
    this.#summarize = summarize;
  }

  /** The imports of a file, or null when none is to be read or it is not a file on disk (`<input>`, a test's `file.ts`). */
  static forImporter(facts: SourceFacts, summarize: SummarizeInModule): ImportedFunctions | null {
    const { filename, parser, importedCallsToRead } = facts;
    if (!filename || !path.isAbsolute(filename) || importedCallsToRead === undefined) return null;
    return new ImportedFunctions(filename, parser, importedCallsToRead === 'all' ? null : importedCallsToRead, summarize);
  }

  /** What the call of an imported function does, read from its body; null when it is not read or cannot be. */
  operationOf(call: TSESTree.Node, imported: ImportedName): Operation | null {
    if (!isRelativeSpecifier(imported.specifier) || (this.#callsToRead !== null && !this.#callsToRead.has(call))) return null;
    // summarized for another module's summary: only what its wait costs carries that far
    const nested = depth > 0;
    const summary = summarizeExport(this.#importer, imported, this.#parser, this.#summarize, 0);
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

function summarizeExport(importer: string, imported: ImportedName, parser: unknown, summarize: SummarizeInModule, hops: number): Operation | null {
  const filename = resolveRelativeModule(importer, imported.specifier);
  const module = filename ? loadModule(filename, parser) : null;
  if (!module) return null;
  const key = `${module.filename}#${imported.name}`;
  if (inProgress.has(key) || depth >= MAX_MODULE_DEPTH) return null;
  inProgress.add(key);
  depth++;
  try {
    for (const target of exportTargetsOf(module.program, imported.name)) {
      if ('function' in target) return summarize(module, target.function);
      if (hops < MAX_REEXPORT_HOPS && isRelativeSpecifier(target.reexport.specifier)) {
        const found = summarizeExport(module.filename, target.reexport, parser, summarize, hops + 1);
        if (found) return found;
      }
    }
    return null;
  } finally {
    inProgress.delete(key);
    depth--;
  }
}
