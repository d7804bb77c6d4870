// case: a Playwright test reads the text of every row in the invoices table
// category: browser-tests
// why: not reported: innerText only reads, but every locator belongs to the one page under test;
//      reads on the same page stay in order
import { test, expect } from '@playwright/test';

test('invoice table lists amounts in euros', async ({ page }) => {
  await page.goto('/billing/invoices');
  const rows = await page.getByRole('row').all();

  const texts: string[] = [];
  for (const row of rows.slice(1)) {
    texts.push(await row.innerText());
  }
  expect(texts.every((t) => t.includes('€'))).toBe(true);
});
