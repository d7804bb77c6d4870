// case: a site crawler crawls the home page and the docs index with a helper that records visits in shared state
// category: local-helpers
// why: crawl mutates the module-level visited set and pages list before and after fetching, so it acts as a
//      write; the second crawl may not start before the first settles
import * as cheerio from 'cheerio';

const visited = new Set<string>();
export const pages: { url: string; title: string; links: number }[] = [];

async function crawl(url: string): Promise<string[]> {
  if (visited.has(url)) return [];
  visited.add(url);

  const html = await fetch(url, { headers: { 'user-agent': 'acme-sitemap/1.0' } }).then((r) => r.text());
  const $ = cheerio.load(html);
  const links = $('a[href]')
    .map((_, a) => new URL($(a).attr('href')!, url).href)
    .get()
    .filter((href) => href.startsWith(new URL(url).origin));

  pages.push({ url, title: $('title').text().trim(), links: links.length });
  return links;
}

export async function crawlEntryPoints(origin: string) {
  const fromHome = await crawl(origin);
  const fromDocs = await crawl(new URL('/docs', origin).href);
  return [...new Set([...fromHome, ...fromDocs])].filter((u) => !visited.has(u));
}
