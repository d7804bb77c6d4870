// Regenerates images/quick-fix.png, the picture on the extension's README: scenario 2 with the
// Quick Fix menu open over the squiggle. Run with `pnpm screenshot` from the repository root.
import path from 'node:path';

import { goTo, openFile, quickFix, squiggles, startSession, waitForReady } from './driver.mjs';
import { EXTENSION_DIR } from './paths.mjs';

const session = await startSession('screenshot');
try {
  const { page } = session;
  const editor = await openFile(page, 'independent.ts');
  await waitForReady(page);
  await squiggles(editor).first().waitFor({ timeout: 30_000 });
  await goTo(page, 4, 20);
  await quickFix(page, editor, 'Run these 2 awaits concurrently with Promise.all');
  // the editor and the menu, not the whole workbench
  const target = path.join(EXTENSION_DIR, 'images', 'quick-fix.png');
  await page.screenshot({ path: target, clip: { x: 0, y: 0, width: 1000, height: 380 } });
  console.log(`wrote ${target}`);
} catch (error) {
  await session.saveArtifacts();
  throw error;
} finally {
  await session.stop();
}
