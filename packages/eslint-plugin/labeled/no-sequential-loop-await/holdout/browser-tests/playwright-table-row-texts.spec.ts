// case: an end-to-end test reads the text of every row of the invoices table and checks the sort order
// category: browser-tests
// why: textContent only reads, but every read goes through the one browser page the test drives;
//      reads on the same page stay in order
import { test, expect } from '@playwright/test';

test('invoices are sorted by due date', async ({ page }) => {
  await page.goto('/billing/invoices');
  await page.getByRole('button', { name: 'Due date' }).click();

  const rows = await page.getByRole('row').filter({ has: page.getByRole('cell') }).all();
  const dates: number[] = [];
  for (const row of rows) {
    const text = await row.getByTestId('due-date').textContent();
    dates.push(Date.parse(text ?? ''));
  }

  expect(dates).toEqual([...dates].sort((a, b) => a - b));
});
