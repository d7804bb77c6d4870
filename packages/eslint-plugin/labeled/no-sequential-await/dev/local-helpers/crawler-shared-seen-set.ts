// case: a docs crawler marks pages in a module-level Set and is called for two entry pages
// category: local-helpers
// why: crawl() reads and writes the shared `seen` set, so the second call reads what the first
//      call wrote; inside crawl, text() needs the response
import * as cheerio from 'cheerio';

const seen = new Set<string>();

async function crawl(url: string): Promise<string[]> {
  if (seen.has(url)) return [];
  seen.add(url);
  const res = await fetch(url);
  const $ = cheerio.load(await res.text());
  return $('a[href^="/docs/"]')
    .map((_, a) => new URL($(a).attr('href')!, url).href)
    .get();
}

export async function discoverDocs(base: string): Promise<string[]> {
  const fromIndex = await crawl(`${base}/docs/`);
  const fromSitemap = await crawl(`${base}/docs/sitemap`);
  return [...new Set([...fromIndex, ...fromSitemap])].filter((link) => !seen.has(link));
}
