// case: an Electron main-process handler lists the markdown notes of a workspace folder with previews
// category: fs-cli
// why: the index loop runs over the already-read array of markdown names; each iteration stats and
//      reads its own file (reads only) and pushes an entry; no iteration depends on another and the
//      loop never exits early, so every file's work can start together
import { ipcMain } from 'electron';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface NoteEntry {
  name: string;
  size: number;
  modifiedAt: number;
  preview: string;
}

ipcMain.handle('workspace:scan', async (_event, dir: string): Promise<NoteEntry[]> => {
  const names = await readdir(dir);
  const markdown = names.filter((n) => n.endsWith('.md') && !n.startsWith('.'));

  const entries: NoteEntry[] = [];
  /*@A*/ for (let i = 0; i < markdown.length; i++) {
    const full = join(dir, markdown[i]);
    const info = await stat(full);
    const text = await readFile(full, 'utf8');
    entries.push({
      name: markdown[i],
      size: info.size,
      modifiedAt: info.mtimeMs,
      preview: text.replace(/^#.*\n/, '').slice(0, 200),
    });
  }

  entries.sort((a, b) => b.modifiedAt - a.modifiedAt);
  return entries;
});
