// case: a Playwright global setup logs in an admin and a viewer through one API request context and saves each storage state
// category: browser-tests
// why: the logins are POSTs that set cookies on the same request context, and each storageState reads the
//      cookie jar the login before it wrote; logout and dispose are awaited for their effect
import { request, type FullConfig } from '@playwright/test';

export default async function globalSetup(config: FullConfig) {
  const baseURL = config.projects[0].use.baseURL!;
  const api = await request.newContext({ baseURL });

  const admin = await api.post('/api/test/login', {
    data: { email: 'admin@test.dev', password: process.env.E2E_PASSWORD },
  });
  if (!admin.ok()) throw new Error(`admin login failed: ${admin.status()}`);
  await api.storageState({ path: 'playwright/.auth/admin.json' });
  await api.post('/api/test/logout');

  const viewer = await api.post('/api/test/login', {
    data: { email: 'viewer@test.dev', password: process.env.E2E_PASSWORD },
  });
  if (!viewer.ok()) throw new Error(`viewer login failed: ${viewer.status()}`);
  await api.storageState({ path: 'playwright/.auth/viewer.json' });

  await api.dispose();
}
