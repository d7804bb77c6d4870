// case: a Vite plugin's buildStart hook reads the icon manifest and the theme tokens and globs the svg folder
// category: fs-cli
// why: the manifest read, the tokens read and the fast-glob listing are three reads of different files
//      and folders; none of the calls takes a value produced by another (manifestPath is computed
//      before any await), so the three form one group. addWatchFile and the Map build are synchronous
//      and come after the last member
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import type { Plugin, ResolvedConfig } from 'vite';

interface IconsOptions {
  dir: string;
  tokens: string;
}

export function iconsPlugin(options: IconsOptions): Plugin {
  let config: ResolvedConfig;
  let icons = new Map<string, string>();
  let tokens: Record<string, string> = {};

  return {
    name: 'vite-plugin-icons',
    configResolved(resolved) {
      config = resolved;
    },
    async buildStart() {
      const iconDir = path.resolve(config.root, options.dir);
      const manifestPath = path.join(iconDir, 'manifest.json');
      const manifest: Record<string, string> = JSON.parse(/*@A*/ await readFile(manifestPath, 'utf8'));
      tokens = JSON.parse(/*@A*/ await readFile(path.resolve(config.root, options.tokens), 'utf8'));
      const files = /*@A*/ await fg('**/*.svg', { cwd: iconDir, absolute: true });
      this.addWatchFile(manifestPath);
      icons = new Map(files.map((file) => [path.basename(file, '.svg'), manifest[path.basename(file)] ?? file]));
    },
    resolveId(id) {
      return id === 'virtual:icons' ? '\0virtual:icons' : null;
    },
    load(id) {
      if (id !== '\0virtual:icons') return null;
      return `export const icons = ${JSON.stringify(Object.fromEntries(icons))};\nexport const tokens = ${JSON.stringify(tokens)};`;
    },
  };
}
