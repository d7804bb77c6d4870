import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { asModuleParser } from '../analysis/modules/module-files.js';
import type { SourceFacts } from '../analysis/shared-model.js';

/** What of a rule's context the facts are made from. */
export interface FactsContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly physicalFilename: string;
  readonly languageOptions: { readonly parser?: unknown };
  readonly settings?: Readonly<Record<string, unknown>>;
}

/**
 * What the analyses read of the file a rule runs on: its awaits, scopes and text, where it is on
 * disk, and the parser to read the modules it imports with: the file's own when it is
 * typescript-eslint's (it has `parseForESLint`), else `settings.gather.moduleParser` (what
 * `lint-config.ts` names, for bundles that cannot resolve the parser at run time), else none, and
 * the analysis resolves `@typescript-eslint/parser` itself (`module-files.ts`).
 */
export function sourceFactsOf(context: FactsContext, awaits: readonly TSESTree.AwaitExpression[]): SourceFacts {
  const { sourceCode } = context;
  const settings = context.settings?.gather as { moduleParser?: unknown } | undefined;
  return {
    awaits,
    scopeManager: sourceCode.scopeManager!,
    visitorKeys: sourceCode.visitorKeys,
    text: sourceCode.text,
    filename: context.physicalFilename,
    parser: asModuleParser(context.languageOptions.parser) ?? settings?.moduleParser,
  };
}
