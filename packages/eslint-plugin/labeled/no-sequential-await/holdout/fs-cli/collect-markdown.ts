// case: a docs indexer walks a folder recursively and, for each markdown file, stats it and reads it
// category: fs-cli
// why: within one iteration stat and readFile both read the same path and use nothing of each other, so
//      they form a group; the readdir in the loop header runs once and across iterations nothing groups
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

export type DocInfo = { path: string; modified: number; words: number; title: string | null };

export async function collectMarkdown(root: string): Promise<DocInfo[]> {
  const docs: DocInfo[] = [];

  for (const entry of await readdir(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || extname(entry.name) !== '.md') continue;
    const full = join(entry.parentPath, entry.name);

    const info = /*@A*/ await stat(full);
    const source = /*@A*/ await readFile(full, 'utf8');

    docs.push({
      path: full,
      modified: info.mtimeMs,
      words: source.split(/\s+/).filter(Boolean).length,
      title: source.match(/^#\s+(.+)$/m)?.[1] ?? null,
    });
  }
  return docs.sort((a, b) => b.modified - a.modified);
}
