// case: a Playwright test fetches projects through the API, navigates, then checks the table and heading
// category: browser-tests
// why: the goto is awaited for its effect between the API read and the page reads; the row count
//      expectation uses the API result and the heading read follows it on the same page, so nothing
//      can be grouped
import { expect, test } from '@playwright/test';

type Project = { id: string; name: string };

test.describe('projects list', () => {
  test.beforeEach(async ({ page }) => {
    await page.context().addCookies([{ name: 'sid', value: 'e2e-session', url: 'http://localhost:3000' }]);
  });

  test('shows every project returned by the API', async ({ page, request }) => {
    const projects: Project[] = await request.get('/api/projects').then((r) => r.json());
    await page.goto('/projects');
    await expect(page.getByRole('row')).toHaveCount(projects.length + 1);
    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    expect(heading).toContain(`${projects.length} projects`);
  });
});
