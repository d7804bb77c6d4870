/**
 * Serves each route once, in turn, and prints how long each took and the total.
 * `pnpm demo` runs this file as written and again after Gather's suggestions were applied.
 */
import { auditLog } from './db.js';
import { DELAY_MS } from './env.js';
import { AppContext } from './context.js';
import { loadAdminStats, loadOrgPage } from './handlers/admin.js';
import { loadDashboard, loadInbox } from './handlers/home.js';
import { loadProfile, loadProfileCard } from './handlers/profile.js';
import { loadTeamPage } from './handlers/team.js';

const routes: ReadonlyArray<readonly [string, () => Promise<unknown>]> = [
  ['GET /dashboard', () => loadDashboard('ada')],
  ['GET /inbox', () => loadInbox('ada')],
  ['GET /users/ada', () => loadProfile('ada')],
  ['GET /users/alan/card', () => loadProfileCard('alan')],
  ['GET /admin/stats', () => loadAdminStats()],
  ['GET /org', () => loadOrgPage('grace')],
  ['GET /team', () => loadTeamPage('ada')],
  ['GET /flags', async () => {
    const context = await new AppContext().load();
    return { newEditor: context.isEnabled('newEditor'), locales: context.locales.length };
  }],
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

console.log(`${routes.length} routes, every backend call takes ${DELAY_MS} ms\n`);
const started = performance.now();
for (const [route, handle] of routes) {
  const routeStarted = performance.now();
  const body = await handle();
  console.log(`${route.padEnd(20)} ${seconds(performance.now() - routeStarted).padStart(8)}  ${JSON.stringify(body)}`);
}
console.log(`\naudit log: ${auditLog.map((entry) => `${entry.action} ${entry.target ?? ''}`).join(', ')}`);
console.log(`total: ${seconds(performance.now() - started)}`);
