// case: a Playwright globalSetup makes the auth folder, logs in once on one page and saves the storage state
// category: browser-tests
// why: negative. mkdir is a discarded effect; launch, newPage and every page step each need what came
//      before (browser, page) or act on the same page in order (goto, fill, click, waitForURL);
//      storageState snapshots the cookies the login set and close ends the browser
import { chromium, type FullConfig } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

const authFile = path.join(__dirname, '.auth', 'admin.json');

export default async function globalSetup(config: FullConfig) {
  const { baseURL } = config.projects[0].use;
  if (!baseURL) throw new Error('set use.baseURL in playwright.config.ts');

  await mkdir(path.dirname(authFile), { recursive: true });

  const browser = await chromium.launch();
  const page = await browser.newPage({ baseURL });
  try {
    await page.goto('/login');
    await page.getByLabel('Email').fill(process.env.E2E_ADMIN_EMAIL ?? 'admin@example.test');
    await page.getByLabel('Password').fill(process.env.E2E_ADMIN_PASSWORD ?? 'password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/dashboard');
    await page.context().storageState({ path: authFile });
  } finally {
    await browser.close();
  }
}
