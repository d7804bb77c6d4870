// case: a Playwright smoke test visits each docs route on one page and checks its heading
// category: browser-tests
// why: every iteration navigates the one page fixture and then reads from it, so iterations
//      cannot overlap; goto is a discarded navigation and the heading read depends on it
import { expect, test } from '@playwright/test';

const routes = ['/docs', '/docs/install', '/docs/config', '/docs/api', '/docs/faq'];

test('every docs page renders a heading and no error banner', async ({ page }) => {
  const missing: string[] = [];

  for (const route of routes) {
    await page.goto(route);
    const heading = await page.getByRole('heading', { level: 1 }).first().textContent();
    if (!heading?.trim()) missing.push(route);
    await expect(page.getByTestId('error-banner')).toHaveCount(0);
  }

  expect(missing).toEqual([]);
});
