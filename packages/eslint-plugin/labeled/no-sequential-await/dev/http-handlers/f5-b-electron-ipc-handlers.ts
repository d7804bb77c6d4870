// case: Electron main-process ipcMain.handle handlers for opening, saving and diagnosing a project
// category: http-handlers
// why: showOpenDialog is a user prompt the path comes from; reading the chosen file and stat-ing it
//      are independent reads (A); in save, stat reads back the file writeFile just wrote (ordered);
//      GPU info and the session cache size are independent reads (B)
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { readFile, stat, writeFile } from 'node:fs/promises';

ipcMain.handle('project:open', async (event) => {
  const win = BrowserWindow.fromWebContents(event.sender);
  if (!win) return null;
  const { canceled, filePaths } = await dialog.showOpenDialog(win, {
    properties: ['openFile'],
    filters: [{ name: 'Sketch project', extensions: ['skp.json'] }],
  });
  if (canceled || filePaths.length === 0) return null;

  const [path] = filePaths;
  const raw = /*@A*/ await readFile(path, 'utf8');
  const info = /*@A*/ await stat(path);
  app.addRecentDocument(path);
  return { path, project: JSON.parse(raw), modifiedAt: info.mtimeMs };
});

ipcMain.handle('project:save', async (_event, path: string, project: unknown) => {
  await writeFile(path, JSON.stringify(project, null, 2), 'utf8');
  const info = await stat(path);
  return { modifiedAt: info.mtimeMs };
});

ipcMain.handle('diagnostics:get', async () => {
  const gpu = /*@B*/ await app.getGPUInfo('basic');
  const cacheBytes = /*@B*/ await session.defaultSession.getCacheSize();
  return {
    version: app.getVersion(),
    electron: process.versions.electron,
    gpu,
    cacheMb: Math.round(cacheBytes / 1024 / 1024),
  };
});
