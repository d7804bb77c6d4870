// case: a Playwright smoke test visits every public route and checks the heading and console errors
// category: browser-tests
// why: every iteration navigates the one `page` fixture and asserts on it; actions and reads on the
//      same page stay in order
import { test, expect } from '@playwright/test';

const ROUTES = ['/', '/pricing', '/docs', '/blog', '/changelog', '/login'];

test('public routes render without console errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`${page.url()}: ${msg.text()}`);
  });

  for (const route of ROUTES) {
    const response = await page.goto(route, { waitUntil: 'networkidle' });
    expect(response?.status(), route).toBeLessThan(400);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  expect(errors).toEqual([]);
});
