// case: a small docs crawler walks links breadth-first from a start page
// category: http-clients
// why: the loop iterates the array the body appends to, and skips URLs already in `seen`, which the
//      body fills: what each iteration fetches depends on earlier iterations
import ky from 'ky';
import * as cheerio from 'cheerio';

export async function crawl(start, { maxPages = 200 } = {}) {
  const origin = new URL(start).origin;
  const queue = [start];
  const seen = new Set();
  const pages = [];

  for (const url of queue) {
    if (seen.has(url) || seen.size >= maxPages) continue;
    seen.add(url);
    const html = await ky.get(url, { retry: 2, timeout: 10_000 }).text();
    const $ = cheerio.load(html);
    pages.push({ url, title: $('title').text() });
    $('a[href]').each((_, el) => {
      const href = new URL($(el).attr('href'), url);
      href.hash = '';
      if (href.origin === origin) queue.push(href.toString());
    });
  }
  return pages;
}
