// case: an e2e suite seeds its users through the test API before the tests run
// category: browser-tests
// why: not reported: each request is a POST that creates a user, a write per item; the ids pushed
//      afterwards do not make it a read
import { test, expect } from '@playwright/test';

const USERS = [
  { email: 'owner@example.test', role: 'owner' },
  { email: 'member@example.test', role: 'member' },
  { email: 'guest@example.test', role: 'guest' },
];

test.beforeAll(async ({ request }) => {
  const ids: string[] = [];
  for (const user of USERS) {
    const res = await request.post('/api/test/users', { data: user });
    expect(res.ok()).toBeTruthy();
    ids.push((await res.json()).id);
  }
  process.env.SEEDED_USER_IDS = ids.join(',');
});
