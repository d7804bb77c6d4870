// case: an esbuild plugin resolves scss imports and compiles each file through sass, postcss and a css minify
// category: fs-cli
// why: negative. onResolve has a single await. In onLoad each step takes the previous step's output:
//      postcss processes the css sass produced, and esbuild.transform minifies what postcss returned
import * as esbuild from 'esbuild';
import postcss from 'postcss';
import autoprefixer from 'autoprefixer';
import { compileAsync } from 'sass';
import path from 'node:path';

export function scssPlugin(options: { minify?: boolean } = {}): esbuild.Plugin {
  return {
    name: 'scss',
    setup(build) {
      build.onResolve({ filter: /\.scss$/ }, async (args) => {
        if (args.path.startsWith('~')) {
          const result = await build.resolve(args.path.slice(1), { kind: args.kind, resolveDir: args.resolveDir });
          return { path: result.path, namespace: 'file' };
        }
        return { path: path.resolve(args.resolveDir, args.path) };
      });

      build.onLoad({ filter: /\.scss$/ }, async (args) => {
        const compiled = await compileAsync(args.path, { sourceMap: false, style: 'expanded' });
        const prefixed = await postcss([autoprefixer]).process(compiled.css, { from: args.path });
        const { code } = await esbuild.transform(prefixed.css, { loader: 'css', minify: options.minify ?? true });
        return {
          contents: code,
          loader: 'css',
          watchFiles: compiled.loadedUrls.map((u) => u.pathname),
        };
      });
    },
  };
}
