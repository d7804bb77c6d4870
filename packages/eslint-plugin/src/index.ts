import type { TSESLint } from '@typescript-eslint/utils';

import { DEFAULT_EFFECT_VERBS } from './analysis/calls/verbs.js';
import { PLUGIN_NAME, PLUGIN_VERSION } from './meta.js';
import { rules } from './rules/index.js';

const recommendedRules = Object.fromEntries(
  Object.entries(rules)
    .filter(([, rule]) => rule.meta.docs?.recommended)
    .map(([id]) => [`gather/${id}`, 'warn' as const]),
);

const plugin = {
  meta: { name: PLUGIN_NAME, version: PLUGIN_VERSION, namespace: 'gather' },
  rules,
  configs: {} as { recommended: TSESLint.FlatConfig.Config },
};

plugin.configs.recommended = {
  name: 'gather/recommended',
  plugins: { gather: plugin as unknown as TSESLint.FlatConfig.Plugin },
  rules: recommendedRules,
};

export { DEFAULT_EFFECT_VERBS };
export type { LibraryOption } from './rules/call-model-options.js';
export default plugin;
