// case: a Playwright fixture seeds a user through the API and removes it after the test; the test visits the profile and follows
// category: browser-tests
// why: the seed POST is a write and res.json needs its response; use() and the cleanup delete are awaited
//      for their effect; in the test every step acts on or checks the same page, so all stay in order
import { test as base, expect } from '@playwright/test';

type SeededUser = { id: string; name: string; email: string };

export const test = base.extend<{ seededUser: SeededUser }>({
  seededUser: async ({ request }, use) => {
    const res = await request.post('/api/test/users', { data: { name: 'Ada Lovelace', role: 'member' } });
    const user = (await res.json()) as SeededUser;
    await use(user);
    await request.delete(`/api/test/users/${user.id}`);
  },
});

test('profile shows the seeded user and can be followed', async ({ page, seededUser }) => {
  await page.goto(`/users/${seededUser.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seededUser.name);
  await page.getByRole('button', { name: 'Follow' }).click();
  await expect(page.getByRole('button', { name: 'Following' })).toBeVisible();
});
