import { ESLintUtils } from '@typescript-eslint/utils';

export interface GatherRuleDocs {
  /** Whether the rule is in `configs.recommended`. */
  recommended?: boolean;
  requiresTypeChecking?: boolean;
}

export const DOCS_BASE_URL = 'https://github.com/gather-lint/gather/blob/main/packages/eslint-plugin/docs/rules';

export const createRule = ESLintUtils.RuleCreator<GatherRuleDocs>(name => `${DOCS_BASE_URL}/${name}.md`);
