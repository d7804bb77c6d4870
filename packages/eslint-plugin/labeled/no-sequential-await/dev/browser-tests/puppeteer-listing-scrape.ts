// case: a Puppeteer script waits for listings, then reads titles and prices from the same page
// category: browser-tests
// why: the page comes from the launched browser, goto and waitForSelector are discarded effects,
//      and the two $$eval reads are on the same page, so they stay in order
import puppeteer from 'puppeteer';

export async function scrapeListings(url: string) {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.listing');

  const titles = await page.$$eval('.listing h2', (els) => els.map((el) => el.textContent?.trim() ?? ''));
  const prices = await page.$$eval('.listing .price', (els) => els.map((el) => el.textContent?.trim() ?? ''));

  await browser.close();
  return titles.map((title, i) => ({ title, price: prices[i] }));
}
