// case: a Puppeteer scraper opens the store and outlet pages in two tabs and compares prices
// category: browser-tests
// why: the gotos are discarded navigations; after both finished, the two $eval reads run on
//      different pages and are independent
import puppeteer from 'puppeteer';

export async function comparePrices(sku) {
  const browser = await puppeteer.launch({ headless: true });
  try {
    const [storePage, outletPage] = await Promise.all([browser.newPage(), browser.newPage()]);
    await storePage.goto(`https://store.example.com/p/${sku}`, { waitUntil: 'networkidle2' });
    await outletPage.goto(`https://outlet.example.com/p/${sku}`, { waitUntil: 'networkidle2' });

    const storePrice = /*@A*/ await storePage.$eval('[data-price]', (el) => Number(el.dataset.price));
    const outletPrice = /*@A*/ await outletPage.$eval('[data-price]', (el) => Number(el.dataset.price));

    return { sku, storePrice, outletPrice, saving: storePrice - outletPrice };
  } finally {
    await browser.close();
  }
}
