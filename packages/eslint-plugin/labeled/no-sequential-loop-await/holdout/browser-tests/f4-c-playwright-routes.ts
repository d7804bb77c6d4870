// case: Playwright smoke tests visit each top-level route on one page, collect footer links, and fill a form field by field
// category: browser-tests
// why: every loop drives or reads the same `page`: navigations one after another, getAttribute on
//      locators of the page that is loaded, and fills of one form. Actions and reads on one browser page
//      stay in order, so none of these loops is a report.
import { test, expect } from '@playwright/test';

const ROUTES = ['/', '/pricing', '/docs', '/blog', '/changelog'];

test('every top-level route renders a heading without console errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });

  for (const route of ROUTES) {
    const response = await page.goto(route);
    expect(response?.status()).toBeLessThan(400);
    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    expect(heading?.trim()).not.toBe('');
  }

  expect(errors).toEqual([]);
});

test('footer links point to known routes', async ({ page }) => {
  await page.goto('/');
  const hrefs: string[] = [];
  for (const link of await page.locator('footer a').all()) {
    const href = await link.getAttribute('href');
    if (href?.startsWith('/')) hrefs.push(href);
  }
  expect(hrefs.length).toBeGreaterThan(3);
});

test('contact form accepts a message', async ({ page }) => {
  const fields = { Name: 'Ada Lovelace', Email: 'ada@example.com', Company: 'Analytical Engines', Message: 'Hello!' };
  await page.goto('/contact');
  for (const [label, value] of Object.entries(fields)) {
    await page.getByLabel(label).fill(value);
  }
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByText('Thanks, we will be in touch')).toBeVisible();
});
