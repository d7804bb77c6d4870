// case: a scraper reads each product page through a local helper that waits before every request
// category: local-helpers
// why: politeGet sleeps 300 ms before its fetch to stay under the site's crawl-delay; calling it for all
//      items at once would fire every request after the same 300 ms and defeat the pacing
import { setTimeout as sleep } from 'node:timers/promises';

const CRAWL_DELAY_MS = 300;

async function politeGet(url: string): Promise<string> {
  await sleep(CRAWL_DELAY_MS);
  const res = await fetch(url, { headers: { 'user-agent': 'price-watch/2.1 (+https://example.org/bot)' } });
  if (!res.ok) return '';
  return res.text();
}

function priceFrom(html: string): number | null {
  const match = /data-price="([\d.]+)"/.exec(html);
  return match ? Number(match[1]) : null;
}

export async function currentPrices(productUrls: string[]) {
  const prices = new Map<string, number | null>();
  for (const url of productUrls) {
    const html = await politeGet(url);
    prices.set(url, priceFrom(html));
  }
  return prices;
}
