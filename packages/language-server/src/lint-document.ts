import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { Linter } from 'eslint';
import gather from 'eslint-plugin-gather';
import { LINTED_FILES, lintConfig } from 'eslint-plugin-gather/lint-config';

import { withoutInlineConfig } from './inline-config.js';
import { oxcTypeScriptParser } from './parser/oxc-typescript-parser.js';
import { RULES, toRuleOptions, type GatherSettings } from './settings.js';

/** Files larger than this are skipped: the editor stays responsive, the CLI still lints them. */
export const MAX_DOCUMENT_LENGTH = 1_000_000;

/**
 * A report of one of the plugin's rules, with positions as offsets into the text: ESLint counts
 * U+2028 and U+2029 as line breaks and LSP does not, so lines are for the document to compute.
 */
export interface LintedMessage {
  readonly ruleId: string;
  readonly message: string;
  readonly start: number;
  readonly end: number;
  readonly suggestions: readonly LintedSuggestion[];
}

export interface LintedSuggestion {
  readonly desc: string;
  readonly range: readonly [number, number];
  readonly text: string;
}

export type LintOutcome =
  | { readonly kind: 'linted'; readonly messages: readonly LintedMessage[] }
  | { readonly kind: 'skipped'; readonly reason: 'unknown-language' | 'too-large' | 'disabled' }
  | { readonly kind: 'parse-error'; readonly message: string; readonly line: number }
  | { readonly kind: 'crashed'; readonly error: string };

/** How one kind of document is linted: the file name ESLint sees, the parser, JSX. */
interface DocumentDialect {
  readonly extension: string;
  readonly typescript: boolean;
  readonly jsx: boolean;
  readonly commonjs: boolean;
}

const DIALECTS: ReadonlyMap<string, DocumentDialect> = new Map([
  ['javascript', { extension: 'js', typescript: false, jsx: false, commonjs: false }],
  ['javascriptreact', { extension: 'jsx', typescript: false, jsx: true, commonjs: false }],
  ['typescript', { extension: 'ts', typescript: true, jsx: false, commonjs: false }],
  ['typescriptreact', { extension: 'tsx', typescript: true, jsx: true, commonjs: false }],
]);

/** The dialect of a document: by language id, refined by the file name (`.mjs`, `.cjs`, `.mts`, `.cts`). */
export function getDialect(languageId: string, uri: string): DocumentDialect | null {
  const dialect = DIALECTS.get(languageId);
  if (!dialect) return null;
  const extension = /\.([mc][jt]s)$/.exec(uri)?.[1];
  if (!extension) return dialect;
  return { ...dialect, extension, commonjs: extension.startsWith('c') };
}

/**
 * The file name ESLint sees: the document's path when it is a file whose name says its dialect,
 * so that the rules read the modules it imports relatively as the CLI does; otherwise a name
 * that says the dialect (an unsaved document, `.es6` opened as JavaScript).
 */
export function lintedFilename(uri: string, dialect: DocumentDialect): string {
  if (uri.startsWith('file:')) {
    try {
      const filename = fileURLToPath(uri);
      // ESLint ignores files under node_modules: a dependency opened in the editor is linted by name only
      const inDependency = filename.split(/[\\/]/).includes('node_modules');
      if (filename.endsWith(`.${dialect.extension}`) && !inDependency) return filename;
    } catch {
      // not a path this platform has (a file URI of another host): the name below
    }
  }
  return `/gather/document.${dialect.extension}`;
}

/**
 * Lints documents with ESLint's `Linter` and the plugin, so the editor and the CLI agree on
 * messages, options and `eslint-disable` comments. It runs no code of the workspace: no config
 * file is loaded, only the plugin bundled with the server, and a document cannot configure rules
 * (see inline-config.ts).
 */
export class DocumentLinter {
  /** One `Linter` per file-system root (`/`, `C:\\`): a flat config matches only files below its `cwd`. */
  readonly #linters = new Map<string, Linter>();
  readonly #plugin: typeof gather;
  readonly #fastParse: boolean;

  /**
   * `plugin` is the bundled gather plugin; tests may pass another to see how failures are handled.
   * `fastParse: false` parses TypeScript with typescript-eslint's parser alone, as the CLI does
   * (the parity tests compare both).
   */
  constructor(plugin: typeof gather = gather, { fastParse = true }: { readonly fastParse?: boolean } = {}) {
    this.#plugin = plugin;
    this.#fastParse = fastParse;
  }

  #linterFor(filename: string): Linter {
    const root = path.parse(filename).root || '/';
    let linter = this.#linters.get(root);
    if (!linter) {
      linter = new Linter({ configType: 'flat', cwd: root });
      this.#linters.set(root, linter);
    }
    return linter;
  }

  lint(text: string, languageId: string, uri: string, settings: GatherSettings): LintOutcome {
    if (!settings.enable || !Object.values(settings.rules).some(Boolean)) return { kind: 'skipped', reason: 'disabled' };
    const dialect = getDialect(languageId, uri);
    if (!dialect) return { kind: 'skipped', reason: 'unknown-language' };
    if (text.length > MAX_DOCUMENT_LENGTH) return { kind: 'skipped', reason: 'too-large' };
    const free = withoutInlineConfig(text);
    let messages: Linter.LintMessage[];
    const filename = lintedFilename(uri, dialect);
    const linter = this.#linterFor(filename);
    try {
      messages = linter.verify(free.text, configFor(dialect, settings, this.#plugin, this.#fastParse), { filename });
    } catch (error) {
      return { kind: 'crashed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    const fatal = messages.find(message => message.fatal);
    if (fatal) return { kind: 'parse-error', message: fatal.message, line: fatal.line };
    // a message of no rule here means the configuration above is wrong: say so, never hide it
    const unexpected = messages.find(message => message.ruleId === null);
    if (unexpected) return { kind: 'crashed', error: `unexpected message at line ${unexpected.line}: ${unexpected.message}` };
    const sourceCode = linter.getSourceCode();
    const offsetOf = (line: number, column: number): number => {
      try {
        return sourceCode.getIndexFromLoc({ line, column: column - 1 });
      } catch {
        return text.length;
      }
    };
    return {
      kind: 'linted',
      messages: messages
        .filter(message => message.ruleId?.startsWith('gather/'))
        .map(message => {
          const start = offsetOf(message.line, message.column);
          const end = message.endLine === undefined || message.endColumn === undefined ? start : offsetOf(message.endLine, message.endColumn);
          const suggestions = (message.suggestions ?? []).flatMap(suggestion => {
            const restored = free.restore(suggestion.fix.text, suggestion.fix.range);
            return restored === null ? [] : [{ desc: suggestion.desc, range: suggestion.fix.range, text: restored }];
          });
          return { ruleId: message.ruleId!, message: message.message, start, end, suggestions };
        }),
    };
  }
}

/**
 * The CLI's config for this dialect; with `fastParse`, TypeScript parsed by oxc where it gives
 * what typescript-eslint's parser gives (`parser/`): the parse was most of an editor lint's time.
 */
function configFor(dialect: DocumentDialect, settings: GatherSettings, plugin: typeof gather, fastParse: boolean): Linter.Config[] {
  const config = cliConfigFor(dialect, settings, plugin);
  if (!fastParse || !dialect.typescript) return config;
  return [...config, { files: LINTED_FILES, languageOptions: { parser: oxcTypeScriptParser } }];
}

function cliConfigFor(dialect: DocumentDialect, settings: GatherSettings, plugin: typeof gather): Linter.Config[] {
  return lintConfig({
    dialect: { typescript: dialect.typescript, jsx: dialect.jsx, sourceType: dialect.commonjs ? 'commonjs' : 'module' },
    plugins: { gather: plugin },
    linterOptions: { reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' },
    rules: Object.fromEntries(
      [...RULES.keys()].filter(name => settings.rules[name] !== false).map(name => [`gather/${name}`, ['warn', toRuleOptions(settings, name)]]),
    ),
  });
}
