// case: a Playwright test walks a guest checkout and then reads the order number and total
// category: browser-tests
// why: every action is a discarded effect on the page, and the two textContent reads come from
//      the same page, so they stay in order like the actions before them
import { expect, test } from '@playwright/test';

test('guest can check out', async ({ page }) => {
  await page.goto('/products/espresso-grinder');
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await page.getByRole('link', { name: 'Cart' }).click();
  await expect(page.getByTestId('cart-count')).toHaveText('1');

  await page.getByLabel('Email').fill('guest@example.com');
  await page.getByLabel('Postcode').fill('10115');
  await page.getByRole('button', { name: 'Place order' }).click();

  const orderNumber = await page.getByTestId('order-number').textContent();
  const total = await page.getByTestId('order-total').textContent();
  expect(orderNumber).toMatch(/^ORD-\d+$/);
  expect(total).toBe('€129.00');
});
