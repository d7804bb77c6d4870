// Bundles the client (dist/extension.js) and the language server with ESLint and the rule inside
// (dist/server.js, and dist/lint-worker.js, the thread it lints on). `node esbuild.mjs [--production] [--watch]`; type checking is `tsc --noEmit`.
import { fileURLToPath } from 'node:url';

import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  logLevel: 'info',
  // ESLint can load eslint.config.ts through jiti; the server never loads config files
  external: ['vscode', 'jiti'],
  // CommonJS has no import.meta: the server finds its worker beside its own file
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  // the rule from its source, so a bundle can never carry a stale build of it
  alias: {
    'eslint-plugin-gather': fileURLToPath(new URL('../eslint-plugin/src/index.ts', import.meta.url)),
    'eslint-plugin-gather/lint-config': fileURLToPath(new URL('../eslint-plugin/src/lint-config.ts', import.meta.url)),
  },
};

const contexts = await Promise.all([
  esbuild.context({ ...common, entryPoints: { extension: 'src/extension.ts' }, outdir: 'dist' }),
  esbuild.context({
    ...common,
    entryPoints: {
      server: fileURLToPath(new URL('../language-server/src/bin.ts', import.meta.url)),
      // the thread that lints, started by the server (lint-runner.ts)
      'lint-worker': fileURLToPath(new URL('../language-server/src/lint-worker.ts', import.meta.url)),
    },
    outdir: 'dist',
  }),
]);

if (watch) {
  await Promise.all(contexts.map(context => context.watch()));
} else {
  await Promise.all(contexts.map(context => context.rebuild()));
  await Promise.all(contexts.map(context => context.dispose()));
}
