// case: CLI config helpers: import every plugin config, find the first vite config, count CSV rows, read files in chunks
// category: syntax-shapes
// why: loadPluginConfigs is an index loop over `files[i]` whose body only imports that file and pushes
//      its default export: the imports can start together. findViteConfig returns on the first file
//      that exists (a search, and the access is discarded). countCsvRows is a `for await` over a
//      parser stream. readInChunks already batches each chunk with Promise.all and walks by offset.
import { createReadStream } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse';
import fg from 'fast-glob';

export async function loadPluginConfigs(root) {
  const files = await fg('plugins/*/plugin.config.{js,mjs}', { cwd: root, absolute: true });
  const configs = [];
  /*@A*/ for (let i = 0; i < files.length; i++) {
    const mod = await import(pathToFileURL(files[i]).href);
    configs.push({ file: files[i], ...mod.default });
  }
  return configs;
}

export async function findViteConfig(root) {
  for (const name of ['vite.config.ts', 'vite.config.mts', 'vite.config.js', 'vite.config.mjs']) {
    const candidate = path.join(root, name);
    try {
      await access(candidate);
      return candidate;
    } catch {
      // not this one, try the next name
    }
  }
  return undefined;
}

export async function countCsvRows(file) {
  let rows = 0;
  for await (const _record of createReadStream(file).pipe(parse({ columns: true }))) rows++;
  return rows;
}

export async function readInChunks(paths, size = 20) {
  const texts = [];
  for (let i = 0; i < paths.length; i += size) {
    const chunk = await Promise.all(paths.slice(i, i + size).map((p) => readFile(p, 'utf8')));
    texts.push(...chunk);
  }
  return texts;
}
