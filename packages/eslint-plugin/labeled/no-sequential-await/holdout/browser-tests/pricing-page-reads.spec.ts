// case: a Playwright test toggles annual billing, then reads the page title, the plan count and the total
// category: browser-tests
// why: all reads are on the same page right after a click that changes it; in browser tests actions and
//      reads on one page stay in order, so none of the awaits is a member
import { expect, test } from '@playwright/test';

test('pricing page shows three plans and an annual total', async ({ page }) => {
  await page.goto('/pricing');
  await page.getByRole('switch', { name: 'Annual billing' }).click();

  const title = await page.title();
  const planCount = await page.getByRole('article').count();
  const total = await page.getByTestId('annual-total').textContent();

  expect(title).toContain('Pricing');
  expect(planCount).toBe(3);
  expect(total).toMatch(/\$\d+ \/ year/);
});
