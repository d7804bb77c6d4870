// case: a Playwright test seeds an account through the API, checks two endpoints, then opens the page
// category: browser-tests
// why: the seed POST is a write whose body gives the account id, and seeded.json() reads that
//      response, so both come first; the two GETs go through the request fixture (not the page),
//      only read, and use only the account id, so they form group A; page.goto and the visibility
//      assertion act on the one page and are discarded awaits
import { expect, test } from '@playwright/test';

test('billing page shows the seeded plan', async ({ page, request }) => {
  const seeded = await request.post('/api/test/seed', {
    data: { plan: 'pro', invoices: 3 },
  });
  expect(seeded.ok()).toBeTruthy();
  const { accountId } = await seeded.json();

  const invoices = /*@A*/ await request.get(`/api/accounts/${accountId}/invoices`);
  const plan = /*@A*/ await request.get(`/api/accounts/${accountId}/plan`);
  expect(invoices.status()).toBe(200);
  expect(plan.status()).toBe(200);

  await page.goto(`/accounts/${accountId}/billing`);
  await expect(page.getByRole('heading', { name: 'Pro plan' })).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(4);
});
