// case: a Rollup plugin globs the locale files in buildStart and serves virtual message modules from load
// category: fs-cli
// why: in buildStart the tinyglobby listing and the schema read take only the options: group A. In
//      resolveId the stat needs the id this.resolve returned, so it is alone. In load the requested
//      locale and the default locale are two different files read with the locale from the id: group B
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import type { Plugin } from 'rollup';

const PREFIX = 'virtual:messages/';

export function messagesPlugin(opts: { dir: string; defaultLocale: string }): Plugin {
  let locales: string[] = [];
  let requiredKeys: string[] = [];

  return {
    name: 'i18n-messages',
    async buildStart() {
      const files = /*@A*/ await glob(['*.json', '!_schema.json'], { cwd: opts.dir });
      const schema = JSON.parse(/*@A*/ await readFile(path.join(opts.dir, '_schema.json'), 'utf8'));
      locales = files.map((f) => f.replace(/\.json$/, ''));
      requiredKeys = Object.keys(schema.properties ?? {});
      for (const f of files) this.addWatchFile(path.join(opts.dir, f));
    },
    async resolveId(source, importer) {
      if (source.startsWith(PREFIX)) return `\0${source}`;
      if (!source.endsWith('.messages.json')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      if (!resolved) return null;
      const info = await stat(resolved.id);
      return info.isFile() ? resolved : null;
    },
    async load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const locale = id.slice(PREFIX.length + 1);
      if (!locales.includes(locale)) this.error(`unknown locale ${locale}`);
      const messages = JSON.parse(/*@B*/ await readFile(path.join(opts.dir, `${locale}.json`), 'utf8'));
      const fallback = JSON.parse(/*@B*/ await readFile(path.join(opts.dir, `${opts.defaultLocale}.json`), 'utf8'));
      const missing = requiredKeys.filter((k) => !(k in messages));
      if (missing.length) this.warn(`${locale} is missing ${missing.join(', ')}`);
      return `export default ${JSON.stringify({ ...fallback, ...messages })};`;
    },
  };
}
