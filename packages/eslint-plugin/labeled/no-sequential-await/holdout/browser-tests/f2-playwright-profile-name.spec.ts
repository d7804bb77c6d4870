// case: a Playwright test reads the profile form, edits and saves the name, reloads and reads it again
// category: browser-tests
// why: every await acts on or reads the same page (goto, inputValue, textContent, fill, click,
//      reload); the reads are not combined with each other either, since steps on one page stay in order
import { test, expect } from '@playwright/test';

test('the display name survives a reload', async ({ page }) => {
  await page.goto('/settings/profile');

  const initialName = await page.getByLabel('Display name').inputValue();
  const planBefore = await page.getByTestId('plan-badge').textContent();

  await page.getByLabel('Display name').fill(`${initialName} Jr.`);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved');

  await page.reload();

  const savedName = await page.getByLabel('Display name').inputValue();
  const planAfter = await page.getByTestId('plan-badge').textContent();

  expect(savedName).toBe(`${initialName} Jr.`);
  expect(planAfter).toBe(planBefore);
});
