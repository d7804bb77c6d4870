// case: a visual check script takes a screenshot of the landing page at several viewport sizes
// category: browser-tests
// why: not reported: setViewport and screenshot act on the same Puppeteer page; each size must be
//      set before its screenshot and the next size changes the same page
const puppeteer = require('puppeteer');

const VIEWPORTS = [
  { name: 'mobile', width: 390, height: 844 },
  { name: 'tablet', width: 820, height: 1180 },
  { name: 'desktop', width: 1440, height: 900 },
];

async function captureLanding(url, outDir) {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'networkidle0' });
  for (const vp of VIEWPORTS) {
    await page.setViewport({ width: vp.width, height: vp.height });
    await page.screenshot({ path: `${outDir}/landing-${vp.name}.png`, fullPage: true });
  }
  await browser.close();
}

module.exports = { captureLanding };
