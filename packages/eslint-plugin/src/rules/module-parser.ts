/**
 * Which parser the rules hand the analysis for reading the modules a file imports: the file's own
 * when it is typescript-eslint's (it has `parseForESLint`), else `settings.gather.moduleParser`
 * (what `lint-config.ts` names, for bundles that cannot resolve the parser at run time), else
 * none, and the analysis resolves `@typescript-eslint/parser` itself (`module-files.ts`).
 */
export interface ParserContext {
  readonly languageOptions: { readonly parser?: unknown };
  readonly settings?: Readonly<Record<string, unknown>>;
}

export function moduleParserOf(context: ParserContext): unknown {
  const own = context.languageOptions.parser;
  if (typeof (own as { parseForESLint?: unknown } | undefined)?.parseForESLint === 'function') return own;
  const settings = context.settings?.gather as { moduleParser?: unknown } | undefined;
  return settings?.moduleParser;
}
