// case: a Playwright API test uses the `request` fixture to list users and organizations
// category: browser-tests
// why: two GETs through the APIRequestContext, not a page: they read different endpoints and use
//      nothing of each other; users.json() reads a response that already arrived
import { expect, test } from '@playwright/test';

test.describe('admin API', () => {
  test.use({ extraHTTPHeaders: { Authorization: `Bearer ${process.env.ADMIN_TOKEN}` } });

  test('lists users and organizations', async ({ request }) => {
    const users = /*@A*/ await request.get('/api/admin/users', { params: { limit: 10 } });
    const orgs = /*@A*/ await request.get('/api/admin/orgs', { params: { limit: 10 } });

    expect(users.ok()).toBeTruthy();
    expect(orgs.ok()).toBeTruthy();

    const body = await users.json();
    expect(body.items).toHaveLength(10);
  });
});
