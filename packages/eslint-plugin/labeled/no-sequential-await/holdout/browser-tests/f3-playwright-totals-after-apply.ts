// case: a Playwright test applies a coupon, then reads subtotal, discount and total from the page
// category: browser-tests
// why: the three reads come right after a click on the same page and read the DOM the click is
//      updating; in a browser test actions and reads on one page stay in order
import { expect, test } from '@playwright/test';

function parseMoney(text: string | null): number {
  return Number((text ?? '').replace(/[^0-9.]/g, ''));
}

test('applying a coupon updates the cart totals', async ({ page }) => {
  await page.goto('/cart');
  await page.getByLabel('Coupon code').fill('SPRING25');
  await page.getByRole('button', { name: 'Apply' }).click();

  const subtotal = await page.getByTestId('cart-subtotal').textContent();
  const discount = await page.getByTestId('cart-discount').textContent();
  const total = await page.getByTestId('cart-total').innerText();

  expect(parseMoney(discount)).toBeGreaterThan(0);
  expect(parseMoney(total)).toBeCloseTo(parseMoney(subtotal) - parseMoney(discount), 2);
});
