// case: a tsup config with an esbuild plugin that inlines build info, a banner helper built in a template literal, and CI-only defines
// category: syntax-positions
// why: in the onLoad hook the object literal evaluates the package.json read and the `git rev-parse`
//      call one after the other and neither uses the other (A). The markdown hook reads a file and then
//      renders what it read (dependent). licenseBanner's template literal awaits two independent git
//      reads (B). In the config object, the await after `process.env.CI ?` is in a conditional branch,
//      so it cannot join the banner await.
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import { execa } from 'execa';
import { defineConfig } from 'tsup';
import { renderMarkdown } from './scripts/markdown';
import { ciDefines } from './scripts/ci-defines';

function buildInfoPlugin(): Plugin {
  return {
    name: 'build-info',
    setup(build) {
      build.onResolve({ filter: /^virtual:build-info$/ }, (args) => ({ path: args.path, namespace: 'build-info' }));

      build.onLoad({ filter: /.*/, namespace: 'build-info' }, async () => {
        const info = {
          version: JSON.parse(/*@A*/ await readFile('package.json', 'utf8')).version,
          commit: (/*@A*/ await execa('git', ['rev-parse', '--short', 'HEAD'])).stdout,
          builtAt: new Date().toISOString(),
        };
        return { contents: `export default ${JSON.stringify(info)};`, loader: 'js' };
      });

      build.onLoad({ filter: /\.md$/ }, async (args) => {
        const raw = await readFile(args.path, 'utf8');
        const html = await renderMarkdown(raw);
        return { contents: `export default ${JSON.stringify(html)};`, loader: 'js' };
      });
    },
  };
}

async function licenseBanner(name: string) {
  return `/*! ${name} ${(/*@B*/ await execa('git', ['describe', '--tags', '--always'])).stdout} | ${(/*@B*/ await execa('git', ['log', '-1', '--format=%cs'])).stdout} | MIT */`;
}

export default defineConfig(async () => ({
  entry: ['src/index.ts', 'src/cli.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  banner: { js: await licenseBanner('@acme/toolkit') },
  define: process.env.CI ? await ciDefines() : {},
  esbuildPlugins: [buildInfoPlugin()],
}));
