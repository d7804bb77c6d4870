// Bundles the client (dist/extension.js) and the language server with ESLint and the rule inside
// (dist/server.js, and dist/lint-worker.js, the thread it lints on). `node esbuild.mjs [--production] [--watch]`; type checking is `tsc --noEmit`.
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/**
 * The rules read `AST_NODE_TYPES.CallExpression` and the like on every node. Bundled as is, each
 * read of a CommonJS package's export goes through esbuild's re-export getter and typescript-eslint's
 * own two (`utils` re-exports `types`): 13% of the lint worker's time on a 2,000-line file. Node
 * running the plugin's build reads them once (its CommonJS interop copies the values). This
 * plugin does the same for the bundle: the rules' imports of `@typescript-eslint/utils` resolve to
 * a module that copies each export once.
 */
const requireHere = createRequire(import.meta.url);
const snapshotExports = {
  name: 'snapshot-exports',
  setup(build) {
    const pluginSources = fileURLToPath(new URL('../eslint-plugin/src/', import.meta.url));
    build.onResolve({ filter: /^@typescript-eslint\/utils$/ }, args =>
      args.importer.startsWith(pluginSources) ? { path: '@typescript-eslint/utils', namespace: 'snapshot', pluginData: args.resolveDir } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'snapshot' }, args => {
      const real = createRequire(path.join(args.pluginData, 'index.js')).resolve('@typescript-eslint/utils');
      const names = Object.keys(requireHere(real)).filter(name => name !== 'default' && name !== '__esModule');
      return {
        contents: `import * as real from ${JSON.stringify(real)};\nexport const { ${names.join(', ')} } = real;\n`,
        resolveDir: path.dirname(real),
        loader: 'js',
      };
    });
  },
};

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
  plugins: [snapshotExports],
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

/**
 * oxc-parser's JavaScript is bundled; its native binding cannot be. The server loads it with
 * `require('@oxc-parser/binding-<platform>')` from beside dist/server.js, so the binding packages
 * installed here (this machine's platform) are copied to dist/node_modules and ship in the .vsix.
 * On a platform with no binding in the bundle the server parses TypeScript with typescript-eslint's
 * parser: the same reports, slower (see the language server's README).
 */
function copyOxcBindings() {
  const fromServer = createRequire(fileURLToPath(new URL('../language-server/package.json', import.meta.url)));
  const oxcManifest = fromServer.resolve('oxc-parser/package.json');
  const fromOxc = createRequire(oxcManifest);
  const target = fileURLToPath(new URL('dist/node_modules/', import.meta.url));
  rmSync(target, { recursive: true, force: true });
  const copied = [];
  for (const name of Object.keys(JSON.parse(readFileSync(oxcManifest, 'utf8')).optionalDependencies ?? {})) {
    let manifest;
    try {
      manifest = fromOxc.resolve(`${name}/package.json`);
    } catch {
      continue; // a binding for another platform, not installed here
    }
    mkdirSync(path.join(target, name), { recursive: true });
    cpSync(path.dirname(manifest), path.join(target, name), { recursive: true, dereference: true });
    copied.push(name);
  }
  console.log(`oxc-parser bindings in dist/node_modules: ${copied.join(', ') || 'none (TypeScript will be parsed by typescript-eslint)'}`);
}

if (watch) {
  copyOxcBindings();
  await Promise.all(contexts.map(context => context.watch()));
} else {
  await Promise.all(contexts.map(context => context.rebuild()));
  await Promise.all(contexts.map(context => context.dispose()));
  copyOxcBindings();
}
