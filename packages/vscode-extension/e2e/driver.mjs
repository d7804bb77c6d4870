// Drives a real VS Code (code-server) in headless Chromium for the end-to-end scenarios.
// Every session is fresh: its own code-server, user-data dir, extensions dir, workspace copy and
// browser profile (reusing a server was measured flaky: see shared/docs/vscode-e2e.md).
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { CODE_SERVER, EXTENSION_DIR, NODE24_BIN, PLAYWRIGHT, VSIX } from './paths.mjs';

const { chromium } = createRequire(import.meta.url)(PLAYWRIGHT);

const FIXTURES = path.join(EXTENSION_DIR, 'e2e', 'fixtures');
const SETTINGS = path.join(EXTENSION_DIR, 'e2e', 'settings.json');
export const ARTIFACTS = path.join(os.tmpdir(), 'gather-e2e-artifacts');

const env = { ...process.env, PATH: `${NODE24_BIN}:${process.env.PATH}` };

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function until(probe, what, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

/** A fresh code-server with the packaged extension installed and a copy of the fixture workspace. */
export async function startSession(name) {
  const root = mkdtempSync(path.join(os.tmpdir(), `gather-e2e-${name}-`));
  const userData = path.join(root, 'user-data');
  const extensions = path.join(root, 'extensions');
  const workspace = path.join(root, 'workspace');
  mkdirSync(path.join(userData, 'User'), { recursive: true });
  // a copy: VS Code rewrites settings.json as it migrates it
  copyFileSync(SETTINGS, path.join(userData, 'User', 'settings.json'));
  cpSync(FIXTURES, workspace, { recursive: true });
  const base = ['--config', '/dev/null', '--user-data-dir', userData, '--extensions-dir', extensions];
  execFileSync(CODE_SERVER, [...base, '--install-extension', VSIX], { env, stdio: 'ignore' });
  const port = await freePort();
  const log = path.join(root, 'code-server.log');
  const out = openSync(log, 'w');
  const server = spawn(
    CODE_SERVER,
    [
      ...base,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--bind-addr',
      `127.0.0.1:${port}`,
      workspace,
    ],
    { env, detached: true, stdio: ['ignore', out, out] },
  );
  const url = `http://127.0.0.1:${port}`;
  await until(async () => (await fetch(`${url}/healthz`).catch(() => null))?.ok, 'code-server /healthz', 60_000);

  const profile = mkdtempSync(path.join(os.tmpdir(), 'gather-e2e-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.explorer-viewlet .monaco-list-row').first().waitFor({ timeout: 60_000 });
  // keyboard focus into the workbench (the empty editor area) before any shortcut
  await page
    .locator('.part.editor')
    .click()
    .catch(() => {});

  return {
    name,
    page,
    workspace,
    log,
    /** Saves a screenshot and the code-server log where CI prints their paths. */
    async saveArtifacts() {
      mkdirSync(ARTIFACTS, { recursive: true });
      const screenshot = path.join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path: screenshot }).catch(() => {});
      const logCopy = path.join(ARTIFACTS, `${name}.code-server.log`);
      copyFileSync(log, logCopy);
      cpSync(path.join(userData, 'logs'), path.join(ARTIFACTS, `${name}-logs`), { recursive: true, force: true });
      console.log(`e2e artifacts for ${name}: ${screenshot} ${logCopy} ${path.join(ARTIFACTS, `${name}-logs`)}`);
    },
    async stop() {
      await browser.close().catch(() => {});
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        return;
      }
      // the whole process group (extension host, language server, tsserver) must be gone
      await until(
        () => {
          try {
            process.kill(-server.pid, 0);
            return false;
          } catch {
            return true;
          }
        },
        'code-server to exit',
        15_000,
      ).catch(() => {
        try {
          process.kill(-server.pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      });
    },
  };
}

/**
 * Presses a shortcut that opens the quick input (Ctrl+P, Ctrl+Shift+P, Ctrl+G) and returns its
 * input. The workbench sometimes drops such a keystroke right after an editor or a modal closes
 * (seen here once in about 40 scenario runs): retry at most 3 times, 3 s apart.
 */
async function openQuickInput(page, shortcut) {
  const input = page.locator('.quick-input-widget input');
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press(shortcut);
    try {
      await input.waitFor({ state: 'visible', timeout: 3000 });
      return input;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

/** Opens a workspace file with Quick Open and returns its editor. */
export async function openFile(page, name) {
  const input = await openQuickInput(page, 'Control+P');
  await input.fill(name);
  // click the row that names the file: Enter would take whatever is highlighted, which can be a
  // recently opened file while the filtered list is still being computed
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
  await row.waitFor({ timeout: 15_000 });
  await row.click();
  await page.locator('.tab.active', { hasText: name }).waitFor({ timeout: 15_000 });
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.locator('.view-lines').waitFor();
  return editor;
}

/** Waits for Gather's Language Status Item (in the `{}` beside the language mode of a JS/TS editor) to say ready. */
export async function waitForReady(page) {
  await page.locator('.statusbar-item[id="status.languageStatus"][aria-label*="Gather: ready"]').waitFor({ timeout: 60_000 });
}

export function squiggles(editor, severity = 'warning') {
  return editor.locator(`.squiggly-${severity}`);
}

/** Moves the cursor with Go to Line (`line:column`, 1-based). */
export async function goTo(page, line, column) {
  const input = await openQuickInput(page, 'Control+G');
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}

/** The rows of the Problems panel, as text. */
export async function problems(page) {
  await page.keyboard.press('Control+Shift+M');
  const rows = page.locator('.markers-panel .monaco-list-row');
  await rows.first().waitFor({ timeout: 15_000 });
  return rows.allInnerTexts();
}

/** Hovers the first squiggle and returns the hover's text and links. */
export async function hoverSquiggle(page, editor) {
  const squiggle = squiggles(editor).first();
  const box = await squiggle.boundingBox();
  await page.mouse.move(box.x + Math.min(10, box.width / 2), box.y + box.height / 2);
  const hover = page.locator('.monaco-hover:not(.hidden)').first();
  await hover.locator('a').first().waitFor({ timeout: 15_000 });
  return {
    text: await hover.innerText(),
    links: await hover.locator('a').evaluateAll(links => links.map(link => link.getAttribute('href') ?? link.getAttribute('data-href') ?? '')),
  };
}

/**
 * Opens the Quick Fix menu (Ctrl+.) with the cursor in a squiggle and picks the item titled
 * `title`. VS Code sometimes drops a Ctrl+. that arrives while code-action providers are being
 * (re)registered (seen here in about 1 run in 5 without this guard): wait for the lightbulb,
 * then retry at most 4 times, 4 s apart.
 */
export async function quickFix(page, editor, title) {
  await editor.locator('.lightBulbWidget').first().waitFor({ state: 'attached', timeout: 15_000 });
  const item = page.locator('.action-widget .monaco-list-row', { hasText: title }).first();
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+.');
    try {
      await item.waitFor({ state: 'visible', timeout: 4000 });
      break;
    } catch (error) {
      if (attempt >= 4) throw error;
      await page.keyboard.press('Escape');
    }
  }
  return item;
}

/** Runs a command from the Command Palette by its label. */
export async function runCommand(page, label) {
  const input = await openQuickInput(page, 'Control+Shift+P');
  await input.fill(`>${label}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
}

export async function save(page) {
  await page.keyboard.press('Control+S');
}

/** Waits until the file on disk has the expected text. */
export async function expectOnDisk(file, expected, timeoutMs = 15_000) {
  let actual = '';
  await until(() => (actual = readFileSync(file, 'utf8')) === expected, `${file} to match`, timeoutMs).catch(error => {
    throw new Error(`${error.message}\n--- expected\n${expected}\n--- on disk\n${actual}`);
  });
}

/**
 * Changes the workspace settings (`.vscode/settings.json`), as a user or a teammate's commit
 * does; VS Code watches the workspace and applies them. (Editing user settings through the
 * settings editor was flaky here: a modal editor that a save dialog could block.)
 */
export function changeWorkspaceSettings(workspace, changes) {
  const file = path.join(workspace, '.vscode', 'settings.json');
  mkdirSync(path.dirname(file), { recursive: true });
  const current = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  writeFileSync(file, `${JSON.stringify({ ...current, ...changes }, null, 2)}\n`);
}
