// case: a Playwright fixture creates and removes a project through the API; one test reads form values on the page, another reads two API endpoints
// category: browser-tests
// why: the fixture's create, json, use and delete are ordered steps. In the page test, goto and the two
//      inputValue reads act on one page and stay in order. In the API test, the two GETs go through the
//      `request` context (no page), read different endpoints and use nothing of each other (A); the
//      toBeOK assertions are discarded awaits.
import { test as base, expect } from '@playwright/test';

type Project = { id: string; name: string; slug: string };

const test = base.extend<{ project: Project }>({
  project: async ({ request }, use) => {
    const res = await request.post('/api/projects', { data: { name: `e2e ${Date.now()}` } });
    const project: Project = await res.json();
    await use(project);
    await request.delete(`/api/projects/${project.id}`);
  },
});

test('settings page shows the saved project', async ({ page, project }) => {
  await page.goto(`/projects/${project.id}/settings`);
  const name = await page.getByLabel('Project name').inputValue();
  const slug = await page.getByLabel('Slug').inputValue();
  expect(name).toBe(project.name);
  expect(slug).toBe(project.slug);
});

test('project API returns the project and its members', async ({ request, project }) => {
  const detail = /*@A*/ await request.get(`/api/projects/${project.id}`);
  const members = /*@A*/ await request.get(`/api/projects/${project.id}/members`);
  await expect(detail).toBeOK();
  await expect(members).toBeOK();
  const list: Array<{ role: string }> = await members.json();
  expect(list.map((m) => m.role)).toContain('owner');
});
