// The example app is linted with Gather's recommended config, as a user of the plugin would.
import tsParser from '@typescript-eslint/parser';
import gather from 'eslint-plugin-gather';

export default [
  {
    name: 'examples/typescript',
    files: ['**/*.ts'],
    languageOptions: { parser: tsParser },
  },
  gather.configs.recommended,
];
