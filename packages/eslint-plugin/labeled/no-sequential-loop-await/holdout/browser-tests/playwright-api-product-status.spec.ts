// case: an API test requests every seeded product through Playwright's request fixture and compares statuses at the end
// category: browser-tests
// why: `request` is an HTTP client, not the page; each iteration is a GET for its own id whose status
//      is pushed, and the single assertion runs after the loop, so the GETs can start together
import { test, expect } from '@playwright/test';
import seed from './fixtures/products.json' with { type: 'json' };

test.describe('catalog API', () => {
  test('every seeded product is reachable', async ({ request }) => {
    const statuses: Array<[string, number]> = [];

    /*@A*/ for (const product of seed.products) {
      const res = await request.get(`/api/products/${product.id}`, {
        headers: { accept: 'application/json' },
      });
      statuses.push([product.id, res.status()]);
    }

    expect(statuses.filter(([, status]) => status !== 200)).toEqual([]);
  });
});
