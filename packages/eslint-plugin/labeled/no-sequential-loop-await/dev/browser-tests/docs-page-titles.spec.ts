// case: a Playwright test visits each docs page and collects its title
// category: browser-tests
// why: not reported: every iteration navigates the one shared `page` and then reads it; actions
//      and reads on the same page stay in order
import { test, expect } from '@playwright/test';

const DOC_PATHS = ['/docs/getting-started', '/docs/configuration', '/docs/deploy', '/docs/faq'];

test('every docs page has a distinct title', async ({ page }) => {
  const titles: string[] = [];
  for (const docPath of DOC_PATHS) {
    await page.goto(docPath);
    titles.push(await page.title());
  }
  expect(new Set(titles).size).toBe(DOC_PATHS.length);
});
