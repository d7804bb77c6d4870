// case: a scraper fetches each product page through a helper that keeps one request per second
// category: local-helpers
// why: politeFetch reads and writes the module-level `lastRequestAt` and sleeps to pace the requests;
//      the pacing is intentional, so the loop stays sequential
import { setTimeout as sleep } from 'node:timers/promises';
import * as cheerio from 'cheerio';

const MIN_INTERVAL_MS = 1000;
let lastRequestAt = 0;

async function politeFetch(url: string): Promise<string> {
  const wait = lastRequestAt + MIN_INTERVAL_MS - Date.now();
  if (wait > 0) await sleep(wait);
  lastRequestAt = Date.now();
  const res = await fetch(url, { headers: { 'user-agent': 'price-watch/1.0 (+https://example.com/bot)' } });
  return res.text();
}

export async function scrapePrices(urls: string[]) {
  const prices: Array<{ url: string; price: number | null }> = [];
  for (const url of urls) {
    const $ = cheerio.load(await politeFetch(url));
    const text = $('[itemprop="price"]').attr('content') ?? $('.price').first().text();
    prices.push({ url, price: text ? Number.parseFloat(text.replace(/[^\d.]/g, '')) : null });
  }
  return prices;
}
