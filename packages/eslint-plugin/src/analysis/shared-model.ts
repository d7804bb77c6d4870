import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { getWorkStart } from './called-names.js';
import { compileCalleePatterns } from './callee-patterns.js';
import { CallClassifier, type ClassifierPolicy } from './calls/classify-call.js';
import { LIBRARIES, type LibraryEntry } from './calls/libraries.js';
import { DEFAULT_EFFECT_VERBS } from './calls/verbs.js';
import { importedNameOf } from './modules/exported-functions.js';
import { ImportedFunctions, type ImportScope } from './modules/imported-functions.js';
import type { ModuleFile } from './modules/module-files.js';
import { SerialContexts } from './serial-contexts.js';
import { EffectsIndex } from './statement-effects.js';

/** What the analyses read of a file. */
export interface SourceFacts {
  /** Every `await` expression of the file, in any order. */
  readonly awaits: readonly TSESTree.AwaitExpression[];
  readonly scopeManager: TSESLint.Scope.ScopeManager;
  /** Which keys of each node type hold its children (ESLint's `sourceCode.visitorKeys`). */
  readonly visitorKeys: TSESLint.SourceCode.VisitorKeys;
  /** The file's text. */
  readonly text: string;
  /** The file's absolute path on disk, when it has one: its relative imports are followed from there. */
  readonly filename?: string;
  /** The parser the file was parsed with (`context.languageOptions.parser`): imported modules are parsed with it when it can. */
  readonly parser?: unknown;
  /**
   * The calls whose imported functions are read: those of the reports to confirm, or `all` (in a
   * module read for its functions); none when absent. See `confirmWithImports`.
   */
  readonly importedCallsToRead?: ReadonlySet<TSESTree.Node> | 'all';
  /** For a module read for a lint: that lint's view of the modules it reaches (see `ImportScope`). */
  readonly importScope?: ImportScope;
}

/** The options of the call model, shared by the rules: what makes a call order-sensitive. */
export interface CallModelOptions {
  /** Callee patterns (see `compileCalleePatterns`) whose awaits are left alone. */
  readonly ignoreCallees: readonly string[];
  /** Verbs that make an awaited call order-sensitive (`extraEffectVerbs` included). */
  readonly effectVerbs: readonly string[];
  /** Libraries described by the user, tried before the built-in ones. */
  readonly libraries: readonly LibraryEntry[];
}

/**
 * The model both rules judge code with, built lazily for one file: what calls do, where code runs
 * serialized, and what code reads and writes.
 */
export class SharedModel {
  readonly #facts: SourceFacts;
  readonly #options: CallModelOptions;
  #calls: CallClassifier | null = null;
  #serial: SerialContexts | null = null;
  #effects: EffectsIndex | null = null;
  #importedFunctions: ImportedFunctions | null | undefined;

  constructor(facts: SourceFacts, options: CallModelOptions) {
    this.#facts = facts;
    this.#options = options;
  }

  /**
   * The model of a file for these options: the one another rule built for the same file and the
   * same options, or a new one. Both rules run on every file; the call model is most of their cost.
   */
  static forFile(facts: SourceFacts, options: CallModelOptions): SharedModel {
    // the file is its Program: oxlint hands every file the same SourceCode and ScopeManager objects
    const program = facts.scopeManager.globalScope?.block;
    if (!program) return new SharedModel(facts, options);
    const cached = MODELS_BY_FILE.get(program);
    if (
      cached &&
      cached.#facts.filename === facts.filename &&
      cached.#facts.importedCallsToRead === facts.importedCallsToRead &&
      sameCallModelOptions(cached.#options, options)
    )
      return cached;
    const model = new SharedModel(facts, options);
    MODELS_BY_FILE.set(program, model);
    return model;
  }

  get calls(): CallClassifier {
    this.#calls ??= new CallClassifier(this.#facts.scopeManager, this.#facts.visitorKeys, this.#facts.text, policyFor(this.#options), this.#imports);
    return this.#calls;
  }

  /** The functions the file imports from other files, when they are to be read (see `SourceFacts.importedCallsToRead`). */
  get #imports(): ImportedFunctions | null {
    if (this.#importedFunctions === undefined) {
      // one model per module and lint: what it learns follows this lint's own path through the imports
      const modelOf = (module: ModuleFile, scope: ImportScope): SharedModel => {
        let model = scope.models.get(module) as SharedModel | undefined;
        if (!model) {
          model = new SharedModel({ ...module.facts, importScope: scope }, this.#options);
          scope.models.set(module, model);
        }
        return model;
      };
      this.#importedFunctions = ImportedFunctions.forImporter(this.#facts, {
        summarize: (module, fn, scope) => modelOf(module, scope).calls.summaryOf(fn),
        topLevelStateOf: (module, fn, scope) => modelOf(module, scope).effects.topLevelStateOf(fn),
      });
    }
    return this.#importedFunctions;
  }

  get serial(): SerialContexts {
    this.#serial ??= serialContextsOf(this.#facts);
    return this.#serial;
  }

  get effects(): EffectsIndex {
    if (!this.#effects) {
      // only the linted file reads the state of the modules it imports: a module read for it stops there
      const imports = this.#facts.importScope ? null : this.#imports;
      this.#effects = new EffectsIndex(
        this.#facts.scopeManager,
        this.#facts.visitorKeys,
        imports
          ? (identifier, variable) => {
              const call = callOfCallee(identifier);
              if (!call) return imports.importedVariableOf(identifier, variable);
              const imported = importedNameOf(call, variable);
              return imported ? imports.moduleStateOf(call, imported) : null;
            }
          : null,
      );
    }
    return this.#effects;
  }
}

/** The default verbs, as a set built once: a constant, not state. */
const DEFAULT_EFFECT_VERB_SET: ReadonlySet<string> = new Set(DEFAULT_EFFECT_VERBS);

const MODELS_BY_FILE = new WeakMap<TSESTree.Node, SharedModel>();
const SERIAL_CONTEXTS_BY_FILE = new WeakMap<TSESTree.Node, SerialContexts>();

/**
 * Where a file's calls keep their order: found from its AST and scopes alone, so the models of
 * one file (the first pass and the one that reads imports, see `confirmWithImports`) share it.
 */
function serialContextsOf(facts: SourceFacts): SerialContexts {
  const program = facts.scopeManager.globalScope?.block;
  if (!program) return new SerialContexts(facts.awaits, facts.scopeManager);
  let serial = SERIAL_CONTEXTS_BY_FILE.get(program);
  if (!serial) {
    serial = new SerialContexts(facts.awaits, facts.scopeManager);
    SERIAL_CONTEXTS_BY_FILE.set(program, serial);
  }
  return serial;
}

/** The classifier policy of the options last seen: a run lints every file with the same options, compiled once. */
let lastPolicy: { readonly options: CallModelOptions; readonly policy: ClassifierPolicy } | null = null;

function policyFor(options: CallModelOptions): ClassifierPolicy {
  if (lastPolicy && sameCallModelOptions(lastPolicy.options, options)) return lastPolicy.policy;
  const { effectVerbs, ignoreCallees, libraries } = options;
  const policy: ClassifierPolicy = {
    effectVerbs: sameStrings(effectVerbs, DEFAULT_EFFECT_VERBS) ? DEFAULT_EFFECT_VERB_SET : new Set(effectVerbs.map(verb => verb.toLowerCase())),
    isIgnoredCallee: compileCalleePatterns(ignoreCallees),
    libraries: libraries.length > 0 ? [...libraries, ...LIBRARIES] : LIBRARIES,
  };
  lastPolicy = { options, policy };
  return policy;
}

/** Whether two option sets say the same (ESLint hands each file a fresh copy of the same options). */
function sameCallModelOptions(a: CallModelOptions, b: CallModelOptions): boolean {
  if (a === b) return true;
  return (
    sameStrings(a.effectVerbs, b.effectVerbs) &&
    sameStrings(a.ignoreCallees, b.ignoreCallees) &&
    (a.libraries === b.libraries || JSON.stringify(a.libraries) === JSON.stringify(b.libraries))
  );
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}

/**
 * What a finder reports, confirmed by the functions the file imports from other files: found
 * first with the file alone; when something is found, found again reading the imported functions
 * its calls reach (`callsOf` each finding). Other files withdraw or confirm a report, they do not
 * add one, and a file with nothing to report reads none.
 */
export function confirmWithImports<T>(facts: SourceFacts, find: (facts: SourceFacts) => T[], callsOf: (found: T) => Iterable<TSESTree.Node>): T[] {
  const alone: SourceFacts = facts.importedCallsToRead === undefined ? facts : { ...facts, importedCallsToRead: undefined };
  const found = find(alone);
  if (found.length === 0 || !facts.filename) return found;
  const calls = new Set(found.flatMap(finding => [...callsOf(finding)]));
  // a finding that another file's body made possible (a guard read as a plain read) is not one
  return find({ ...facts, importedCallsToRead: calls }).filter(finding => [...callsOf(finding)].every(call => calls.has(call)));
}

/** The node that stands for an await's work in `confirmWithImports`: the call that starts it, or the await itself. */
export function workOf(awaitNode: TSESTree.AwaitExpression): TSESTree.Node {
  return getWorkStart(awaitNode.argument) ?? awaitNode;
}

/**
 * Whether a finding with this call could still be kept: in the pass of `confirmWithImports` that
 * reads imports, only findings whose calls were all found before are, so a statement list or a
 * loop with none of those calls need not be judged again. True in any other pass.
 */
export function mayBeConfirmed(facts: SourceFacts, call: TSESTree.Node): boolean {
  const { importedCallsToRead } = facts;
  return typeof importedCallsToRead !== 'object' || importedCallsToRead.has(call);
}

/** The call a callee identifier is called by: `f` in `f(…)`, `ns` in `ns.f(…)` and compiled `(0, ns.f)(…)`; null otherwise. */
function callOfCallee(callee: TSESTree.Node): TSESTree.CallExpression | null {
  let current: TSESTree.Node = callee;
  if (current.parent?.type === AST_NODE_TYPES.MemberExpression && current.parent.object === current) current = current.parent;
  if (current.parent?.type === AST_NODE_TYPES.SequenceExpression && current.parent.expressions.at(-1) === current) current = current.parent;
  const call = current.parent;
  return call?.type === AST_NODE_TYPES.CallExpression && call.callee === current ? call : null;
}
