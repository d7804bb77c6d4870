// case: a Playwright smoke test visits each marketing route on one page and checks title and h1
// category: browser-tests
// why: every iteration navigates the same `page` and then reads and asserts on it; navigations and
//      reads on one page must stay in order
import { test, expect } from '@playwright/test';

const routes = [
  { path: '/', title: /Acme/ },
  { path: '/pricing', title: /Pricing/ },
  { path: '/blog', title: /Blog/ },
  { path: '/docs/getting-started', title: /Getting started/ },
];

test('marketing routes render', async ({ page }) => {
  const failures: string[] = [];
  for (const route of routes) {
    const response = await page.goto(route.path);
    if (!response?.ok()) {
      failures.push(`${route.path}: HTTP ${response?.status()}`);
      continue;
    }
    const title = await page.title();
    if (!route.title.test(title)) failures.push(`${route.path}: title "${title}"`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  expect(failures).toEqual([]);
});
