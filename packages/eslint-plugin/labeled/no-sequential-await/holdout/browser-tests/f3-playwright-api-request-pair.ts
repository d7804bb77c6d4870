// case: a Playwright API test gets the products and the categories through the request fixture
// category: browser-tests
// why: the request fixture is an HTTP client, not a page: the two GETs read different endpoints and
//      neither uses the other; the toBeOK assertions and the body read come after both
import { expect, test } from '@playwright/test';

test.describe('catalog API', () => {
  test.use({ extraHTTPHeaders: { 'x-test-tenant': 'acme' } });

  test('serves products and categories', async ({ request }) => {
    const products = /*@A*/ await request.get('/api/products', { params: { limit: 5 } });
    const categories = /*@A*/ await request.get('/api/categories');

    await expect(products).toBeOK();
    await expect(categories).toBeOK();
    expect(categories.headers()['content-type']).toContain('application/json');

    const { items } = await products.json();
    expect(items).toHaveLength(5);
  });
});
