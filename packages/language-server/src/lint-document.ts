import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import gather from 'eslint-plugin-gather';

import { toRuleOptions, type GatherSettings } from './settings.js';

export const RULE_ID = 'gather/no-sequential-await';

/** Files larger than this are skipped: the editor stays responsive, the CLI still lints them. */
export const MAX_DOCUMENT_LENGTH = 1_000_000;

export type LintOutcome =
  | { readonly kind: 'linted'; readonly messages: readonly Linter.LintMessage[] }
  | { readonly kind: 'skipped'; readonly reason: 'unknown-language' | 'too-large' | 'disabled' }
  | { readonly kind: 'parse-error'; readonly message: string; readonly line: number }
  | { readonly kind: 'crashed'; readonly error: unknown };

/** How one kind of document is linted: the file name ESLint sees, the parser, JSX. */
interface Dialect {
  readonly extension: string;
  readonly typescript: boolean;
  readonly jsx: boolean;
  readonly commonjs: boolean;
}

const DIALECTS: Record<string, Dialect> = {
  javascript: { extension: 'js', typescript: false, jsx: false, commonjs: false },
  javascriptreact: { extension: 'jsx', typescript: false, jsx: true, commonjs: false },
  typescript: { extension: 'ts', typescript: true, jsx: false, commonjs: false },
  typescriptreact: { extension: 'tsx', typescript: true, jsx: true, commonjs: false },
};

/** The dialect of a document: by language id, refined by the file name (`.mjs`, `.cjs`, `.mts`, `.cts`). */
export function getDialect(languageId: string, uri: string): Dialect | null {
  const dialect = DIALECTS[languageId];
  if (!dialect) return null;
  const extension = /\.([mc][jt]s)$/.exec(uri)?.[1];
  if (!extension) return dialect;
  return { ...dialect, extension, commonjs: extension.startsWith('c') };
}

/**
 * Lints documents with ESLint's `Linter` and the plugin, in-process, so the editor and the CLI
 * agree on messages, options and `eslint-disable` comments. It runs no code of the workspace:
 * no config file is loaded, only the plugin bundled with the server.
 */
export class DocumentLinter {
  readonly #linter = new Linter({ configType: 'flat', cwd: '/' });
  readonly #plugin: typeof gather;

  /** `plugin` is the bundled gather plugin; tests may pass another to see how failures are handled. */
  constructor(plugin: typeof gather = gather) {
    this.#plugin = plugin;
  }

  lint(text: string, languageId: string, uri: string, settings: GatherSettings): LintOutcome {
    if (!settings.enable) return { kind: 'skipped', reason: 'disabled' };
    const dialect = getDialect(languageId, uri);
    if (!dialect) return { kind: 'skipped', reason: 'unknown-language' };
    if (text.length > MAX_DOCUMENT_LENGTH) return { kind: 'skipped', reason: 'too-large' };
    let messages: Linter.LintMessage[];
    try {
      messages = this.#linter.verify(text, configFor(dialect, settings, this.#plugin), { filename: `/gather/document.${dialect.extension}` });
    } catch (error) {
      return { kind: 'crashed', error };
    }
    const fatal = messages.find(message => message.fatal);
    if (fatal) return { kind: 'parse-error', message: fatal.message, line: fatal.line };
    // a message of no rule here means the configuration above is wrong: say so, never hide it
    const unexpected = messages.find(message => message.ruleId === null);
    if (unexpected) return { kind: 'crashed', error: new Error(unexpected.message) };
    return { kind: 'linted', messages: messages.filter(message => message.ruleId === RULE_ID) };
  }
}

function configFor(dialect: Dialect, settings: GatherSettings, plugin: typeof gather): Linter.Config[] {
  return [
    {
      // `**/*` would only apply to files another config matches: name the extensions
      files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
      plugins: { gather: plugin as never },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      languageOptions: {
        ecmaVersion: 'latest',
        sourceType: dialect.commonjs ? 'commonjs' : 'module',
        ...(dialect.typescript ? { parser: tsParser as Linter.Parser } : {}),
        // the rule reads no JSDoc: skipping its parse makes TypeScript parsing cheaper
        parserOptions: { ecmaFeatures: { jsx: dialect.jsx }, ...(dialect.typescript ? { jsDocParsingMode: 'none' } : {}) },
      },
      rules: { [RULE_ID]: ['warn', toRuleOptions(settings)] },
    },
  ];
}
