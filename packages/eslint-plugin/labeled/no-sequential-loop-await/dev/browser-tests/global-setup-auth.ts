// case: a Playwright global setup reads the saved storage state of each test role
// category: browser-tests
// why: readFile is a file read per role, no page is involved; each parsed state is stored under
//      its role, so the files can be read together
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FullConfig } from '@playwright/test';

const ROLES = ['admin', 'editor', 'viewer'] as const;

export default async function globalSetup(config: FullConfig) {
  const authDir = path.join(config.rootDir, '.auth');
  const states: Record<string, { cookies: unknown[]; origins: unknown[] }> = {};

  /*@A*/ for (const role of ROLES) {
    const raw = await readFile(path.join(authDir, `${role}.json`), 'utf8');
    states[role] = JSON.parse(raw);
  }

  process.env.E2E_ROLES = JSON.stringify(Object.keys(states));
}
