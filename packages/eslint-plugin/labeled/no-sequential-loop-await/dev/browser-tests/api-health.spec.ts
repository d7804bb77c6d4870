// case: a Playwright API test checks that every public endpoint answers
// category: browser-tests
// why: the loop uses the `request` fixture (an API client, not a page) to GET each path, a read,
//      and pushes the status; the assertion runs after the loop, so all GETs can run together
import { test, expect } from '@playwright/test';

const PUBLIC_ENDPOINTS = ['/api/health', '/api/version', '/api/plans', '/api/regions', '/api/status'];

test('public endpoints respond', async ({ request }) => {
  const failures: string[] = [];
  /*@A*/ for (const endpoint of PUBLIC_ENDPOINTS) {
    const response = await request.get(endpoint);
    if (!response.ok()) failures.push(`${endpoint} -> ${response.status()}`);
  }
  expect(failures).toEqual([]);
});
