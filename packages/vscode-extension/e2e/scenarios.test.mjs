// End-to-end scenarios in a real VS Code (code-server + headless Chromium), with the packaged
// .vsix installed. Run with `pnpm test:e2e` from the repository root (it installs the tools).
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import {
  changeWorkspaceSettings,
  expectOnDisk,
  goTo,
  hoverSquiggle,
  openFile,
  problems,
  quickFix,
  runCommand,
  save,
  squiggles,
  startSession,
  waitForReady,
} from './driver.mjs';
import { EXTENSION_DIR } from './paths.mjs';

const EXPECTED = path.join(EXTENSION_DIR, 'e2e', 'fixtures-expected');
const timings = [];

/** Runs one scenario in a fresh session; on failure keeps a screenshot and the logs. */
function scenario(name, body) {
  test(name, { timeout: 180_000 }, async () => {
    const started = Date.now();
    const session = await startSession(name.replace(/[^a-z0-9]+/gi, '-').toLowerCase());
    try {
      await body(session);
    } catch (error) {
      await session.saveArtifacts();
      throw error;
    } finally {
      await session.stop();
      timings.push(`${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  });
}

test.after(() => console.log(`scenario times:\n  ${timings.join('\n  ')}`));

scenario('1 a group of independent awaits is underlined, listed in Problems and explained on hover', async ({ page }) => {
  const editor = await openFile(page, 'independent.ts');
  await waitForReady(page);
  await squiggles(editor).first().waitFor({ timeout: 30_000 });
  const rows = await problems(page);
  const ours = rows.filter(row => row.includes('gather/no-sequential-await'));
  assert.equal(ours.length, 1, rows.join('\n'));
  assert.match(ours[0], /2 independent awaits run one after another/);
  const hover = await hoverSquiggle(page, editor);
  assert.match(hover.text, /2 independent awaits run one after another; start them together with Promise\.all\./);
  assert.ok(
    hover.links.some(link => link.includes('docs/rules/no-sequential-await.md')),
    hover.links.join(' '),
  );

  // TSX and JavaScript files too
  for (const file of ['page.tsx', 'plain.js']) {
    const other = await openFile(page, file);
    await squiggles(other).first().waitFor({ timeout: 30_000 });
  }
});

scenario('2 the Promise.all quick-fix rewrites exactly as the rule suggests, and saves', async ({ page, workspace }) => {
  const editor = await openFile(page, 'independent.ts');
  await waitForReady(page);
  await squiggles(editor).first().waitFor({ timeout: 30_000 });
  await goTo(page, 4, 20);
  const item = await quickFix(page, editor, 'Run these 2 awaits concurrently with Promise.all');
  await item.click();
  await squiggles(editor).first().waitFor({ state: 'detached', timeout: 30_000 });
  await save(page);
  await expectOnDisk(path.join(workspace, 'independent.ts'), readFileSync(path.join(EXPECTED, 'independent.ts'), 'utf8'));
});

scenario('3 dependent awaits, discarded results and a transaction show nothing', async ({ page }) => {
  const ordered = await openFile(page, 'ordered.ts');
  await waitForReady(page);
  // the server lints documents in the order they open: once the next file's squiggle shows,
  // ordered.ts has been linted
  const other = await openFile(page, 'independent.ts');
  await squiggles(other).first().waitFor({ timeout: 30_000 });
  const rows = await problems(page);
  assert.equal(rows.filter(row => row.includes('gather/no-sequential-await')).length, 1, rows.join('\n'));
  assert.ok(!rows.some(row => row.startsWith('ordered.ts')), rows.join('\n'));
  await openFile(page, 'ordered.ts');
  assert.equal(await squiggles(ordered).count(), 0);
});

scenario('4 typing a dependency removes the diagnostic, undo brings it back', async ({ page }) => {
  const editor = await openFile(page, 'independent.ts');
  await waitForReady(page);
  await squiggles(editor).first().waitFor({ timeout: 30_000 });
  // line 5: `  const posts = await getPosts(id);`: make it read `getPosts(user.id)`
  await goTo(page, 5, 32);
  await page.keyboard.type('user.');
  await squiggles(editor).first().waitFor({ state: 'detached', timeout: 30_000 });
  await page.keyboard.press('Control+Z');
  await squiggles(editor).first().waitFor({ timeout: 30_000 });
});

scenario('5 gather.severity changes the squiggle; gather.enable false clears it', async ({ page, workspace }) => {
  const editor = await openFile(page, 'independent.ts');
  await waitForReady(page);
  await squiggles(editor, 'warning').first().waitFor({ timeout: 30_000 });
  changeWorkspaceSettings(workspace, { 'gather.severity': 'error' });
  await squiggles(editor, 'error').first().waitFor({ timeout: 30_000 });
  assert.equal(await squiggles(editor, 'warning').count(), 0);
  changeWorkspaceSettings(workspace, { 'gather.enable': false });
  await squiggles(editor, 'error').first().waitFor({ state: 'detached', timeout: 30_000 });
  assert.equal(await squiggles(editor, 'warning').count(), 0);
});

scenario('6 "Disable for this line" inserts the comment and the diagnostic goes away', async ({ page, workspace }) => {
  const editor = await openFile(page, 'independent.ts');
  await waitForReady(page);
  await squiggles(editor).first().waitFor({ timeout: 30_000 });
  await goTo(page, 4, 20);
  const item = await quickFix(page, editor, 'Disable gather/no-sequential-await for this line');
  await item.click();
  await squiggles(editor).first().waitFor({ state: 'detached', timeout: 30_000 });
  await save(page);
  const original = readFileSync(path.join(EXTENSION_DIR, 'e2e', 'fixtures', 'independent.ts'), 'utf8').split('\n');
  original.splice(3, 0, '  // eslint-disable-next-line gather/no-sequential-await');
  await expectOnDisk(path.join(workspace, 'independent.ts'), original.join('\n'));
});

scenario('7 "Combine all sequential awaits in this file" rewrites every group', async ({ page, workspace }) => {
  const editor = await openFile(page, 'several.ts');
  await waitForReady(page);
  await squiggles(editor).nth(2).waitFor({ timeout: 30_000 });
  await runCommand(page, 'Source Action...');
  const item = page.locator('.action-widget .monaco-list-row', { hasText: 'Combine all sequential awaits in this file (3)' }).first();
  await item.waitFor({ timeout: 15_000 });
  await item.click();
  await squiggles(editor).first().waitFor({ state: 'detached', timeout: 30_000 });
  await save(page);
  await expectOnDisk(path.join(workspace, 'several.ts'), readFileSync(path.join(EXPECTED, 'several.ts'), 'utf8'));
});

scenario('8 a syntax error shows nothing from us and no notification; fixing it brings the diagnostic', async ({ page }) => {
  const editor = await openFile(page, 'broken.ts');
  await waitForReady(page);
  // TypeScript's own squiggle for the syntax error shows that the file was checked
  await squiggles(editor, 'error').first().waitFor({ timeout: 60_000 });
  assert.equal(await squiggles(editor, 'warning').count(), 0);
  assert.equal(await page.locator('.notifications-toasts .notification-toast').count(), 0);
  // close the function: the last line is empty
  await page.keyboard.press('Control+End');
  await page.keyboard.type('}');
  await squiggles(editor, 'warning').first().waitFor({ timeout: 30_000 });
  assert.equal(await page.locator('.notifications-toasts .notification-toast').count(), 0);
});

scenario('9 a loop waterfall is underlined on its head; its quick-fix gathers the iterations; its own setting turns it off', async ({ page, workspace }) => {
  const editor = await openFile(page, 'loop.ts');
  await waitForReady(page);
  await squiggles(editor).first().waitFor({ timeout: 30_000 });
  const rows = await problems(page);
  const ours = rows.filter(row => row.includes('gather/no-sequential-loop-await'));
  assert.equal(ours.length, 1, rows.join('\n'));
  assert.match(ours[0], /Each iteration waits for getUser\(…\) before the next one starts/);
  await goTo(page, 5, 5);
  const item = await quickFix(page, editor, 'Start every iteration together with Promise.all (results keep their order)');
  await item.click();
  await squiggles(editor).first().waitFor({ state: 'detached', timeout: 30_000 });
  await save(page);
  await expectOnDisk(path.join(workspace, 'loop.ts'), readFileSync(path.join(EXPECTED, 'loop.ts'), 'utf8'));

  // the loop rule has its own switch: the group rule keeps reporting
  const other = await openFile(page, 'independent.ts');
  await squiggles(other).first().waitFor({ timeout: 30_000 });
  changeWorkspaceSettings(workspace, { 'gather.noSequentialLoopAwait.enable': false, 'gather.noSequentialAwait.enable': false });
  await squiggles(other).first().waitFor({ state: 'detached', timeout: 30_000 });
  changeWorkspaceSettings(workspace, { 'gather.noSequentialAwait.enable': true });
  await squiggles(other).first().waitFor({ timeout: 30_000 });
});

scenario('10 a helper changed on disk updates the diagnostics of the document that imports it', async ({ page, workspace }) => {
  const editor = await openFile(page, 'pages.ts');
  await waitForReady(page);
  await squiggles(editor).first().waitFor({ timeout: 30_000 });
  // the helper now renders on this thread (as a teammate's commit or another editor would change it): nothing to overlap
  writeFileSync(
    path.join(workspace, 'content.ts'),
    "import { readFileSync } from 'node:fs';\n\nexport async function loadPage(name: string): Promise<string> {\n  return readFileSync(`pages/${name}.html`, 'utf8').toUpperCase();\n}\n",
  );
  await squiggles(editor).first().waitFor({ state: 'detached', timeout: 30_000 });
});
