// case: a Playwright globalSetup logs each test role in on one shared page and saves a storage state per role
// category: browser-tests
// why: negative. Every iteration drives the same `page`: goto, fill, click and storageState on one
//      page must run in order, and clearCookies resets that page's context between roles
import { chromium, type FullConfig } from '@playwright/test';
import { mkdir } from 'node:fs/promises';

const ROLES = [
  { name: 'admin', email: 'admin@example.test' },
  { name: 'editor', email: 'editor@example.test' },
  { name: 'viewer', email: 'viewer@example.test' },
];

export default async function globalSetup(config: FullConfig) {
  const baseURL = config.projects[0].use.baseURL ?? 'http://localhost:3000';
  await mkdir('playwright/.auth', { recursive: true });
  const browser = await chromium.launch();
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();

  for (const role of ROLES) {
    await context.clearCookies();
    await page.goto('/login');
    await page.getByLabel('Email').fill(role.email);
    await page.getByLabel('Password').fill(process.env.E2E_PASSWORD ?? 'password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/home');
    await context.storageState({ path: `playwright/.auth/${role.name}.json` });
  }

  await browser.close();
}
