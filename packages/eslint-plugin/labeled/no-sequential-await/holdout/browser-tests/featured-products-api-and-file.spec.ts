// case: a Playwright test loads expected copy from a JSON fixture and the featured products from the API before opening the page
// category: browser-tests
// why: readFile and the request fixture's GET touch the disk and the API, not the page, and use nothing of
//      each other (group A); res.json needs the response; the page steps come after and stay in order
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';

test('home page lists the featured products from the API', async ({ page, request }) => {
  const copy = JSON.parse(
    /*@A*/ await readFile(new URL('./fixtures/featured-copy.json', import.meta.url), 'utf8'),
  ) as { heading: string };
  const res = /*@A*/ await request.get('/api/products', { params: { featured: 'true' } });

  expect(res.ok()).toBeTruthy();
  const products = (await res.json()) as { id: string; name: string }[];

  await page.goto('/');
  await expect(page.getByTestId('featured-heading')).toHaveText(copy.heading);
  await expect(page.getByTestId('product-card')).toHaveCount(products.length);
});
