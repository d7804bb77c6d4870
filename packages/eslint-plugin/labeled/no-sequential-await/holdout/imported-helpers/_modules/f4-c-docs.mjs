// Helpers of the docs site build: loaders read the content folder, writers produce output and publish.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import matter from 'gray-matter';

export async function loadNav(root) {
  return JSON.parse(await readFile(path.join(root, 'nav.json'), 'utf8'));
}

export async function listPages(root) {
  const files = await fg('**/*.md', { cwd: path.join(root, 'pages') });
  const pages = [];
  for (const file of files) {
    const { data, content } = matter(await readFile(path.join(root, 'pages', file), 'utf8'));
    pages.push({ slug: file.replace(/\.md$/, ''), title: data.title ?? file, content });
  }
  return pages;
}

export async function loadVersions(root) {
  const raw = await readFile(path.join(root, 'versions.json'), 'utf8');
  return JSON.parse(raw).filter((version) => !version.hidden);
}

export async function ensureOutDir(outDir) {
  await mkdir(outDir, { recursive: true });
}

export async function writeSitemap(outDir, urls) {
  const body = urls.map((url) => `  <url><loc>${url}</loc></url>`).join('\n');
  const file = path.join(outDir, 'sitemap.xml');
  await writeFile(file, `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`);
  return file;
}

export async function publishSearchIndex(client, indexName, records) {
  const { taskID } = await client.saveObjects({ indexName, objects: records });
  await client.waitForTask({ indexName, taskID });
  return taskID;
}
