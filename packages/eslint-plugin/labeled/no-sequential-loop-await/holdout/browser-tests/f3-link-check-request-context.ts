// case: a Playwright test collects the footer links once, then checks each with the request fixture, not the page
// category: browser-tests
// why: the hrefs are read from the page before the loop; in the loop each iteration sends a HEAD through
//      the API request context, which does not touch the page, and only records failures for one assertion after
import { expect, test } from '@playwright/test';

test('footer links resolve', async ({ page, request }) => {
  await page.goto('/');
  const hrefs = await page
    .locator('footer a[href^="/"]')
    .evaluateAll((anchors) => [...new Set(anchors.map((a) => (a as HTMLAnchorElement).getAttribute('href')!))]);

  const broken: string[] = [];
  /*@A*/ for (const href of hrefs) {
    const res = await request.head(href, { maxRedirects: 3 });
    if (!res.ok()) broken.push(`${href} -> ${res.status()}`);
  }

  expect(broken, broken.join('\n')).toEqual([]);
});
