// case: a Playwright test visits each marketing route on the one page fixture and collects the document titles
// category: browser-tests
// why: page.goto navigates the single shared page; the title read belongs to the navigation before it,
//      so the iterations must stay in order even though the results only go into a Map
import { expect, test } from '@playwright/test';

const routes = ['/', '/pricing', '/docs', '/blog', '/changelog', '/careers'] as const;

test('every marketing page has its own <title>', async ({ page }) => {
  const titles = new Map<string, string>();
  for (const route of routes) {
    await page.goto(route, { waitUntil: 'domcontentloaded' });
    titles.set(route, await page.title());
  }

  const unique = new Set(titles.values());
  expect(unique.size, JSON.stringify(Object.fromEntries(titles), null, 2)).toBe(routes.length);
  for (const title of unique) {
    expect(title).toMatch(/ · Acme$/);
  }
});
