import type { TSESLint } from '@typescript-eslint/utils';

export interface GatherRuleDocs {
  description: string;
  /** Whether the rule is in `configs.recommended`. */
  recommended?: boolean;
  requiresTypeChecking?: boolean;
}

export const DOCS_BASE_URL = 'https://github.com/gather-lint/gather/blob/main/packages/eslint-plugin/docs/rules';

type Meta<MessageId extends string, Options extends readonly unknown[]> = Omit<TSESLint.RuleMetaData<MessageId, GatherRuleDocs, Options>, 'docs'> & {
  docs: GatherRuleDocs;
  defaultOptions: Options;
};

/**
 * A rule with its docs URL, whose `create` receives the options as its second argument.
 *
 * Unlike typescript-eslint's `RuleCreator`, it does not merge the default options again: ESLint
 * (>= 9.15, the oldest this plugin supports) merges `meta.defaultOptions` into `context.options`
 * itself, and RuleCreator's second merge (a structured clone of the options on every file) was
 * the largest cost of this rule on real code.
 */
export function createRule<Options extends readonly unknown[], MessageId extends string>(rule: {
  name: string;
  meta: Meta<MessageId, Options>;
  create: (context: Readonly<TSESLint.RuleContext<MessageId, Options>>, options: Options) => TSESLint.RuleListener;
}): TSESLint.RuleModule<MessageId, Options, GatherRuleDocs> & { name: string } {
  return {
    name: rule.name,
    meta: { ...rule.meta, docs: { ...rule.meta.docs, url: `${DOCS_BASE_URL}/${rule.name}.md` } },
    // typescript-eslint's RuleModule type still requires it; ESLint reads meta.defaultOptions
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    defaultOptions: rule.meta.defaultOptions,
    create: context => rule.create(context, context.options),
  };
}
