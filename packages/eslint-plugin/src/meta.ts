// The plugin's name and version, as constants so that bundles need no package.json at run time.
// tests/plugin.test.ts checks them against package.json.
export const PLUGIN_NAME = 'eslint-plugin-gather';
export const PLUGIN_VERSION = '0.1.0';
