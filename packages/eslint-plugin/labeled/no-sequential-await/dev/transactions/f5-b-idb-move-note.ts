// case: an offline notes app moves a note between folders inside one IndexedDB transaction (idb)
// category: transactions
// why: `await dbPromise` awaits an already-open database; every get and put runs on the stores of one
//      readwrite transaction `tx`, whose requests stay in order (and the source-folder read uses the
//      note); the puts are discarded writes and `tx.done` is an already-running promise: no group
import { openDB, type DBSchema } from 'idb';

interface NotesDB extends DBSchema {
  notes: { key: string; value: { id: string; folderId: string; title: string; movedAt?: number } };
  folders: { key: string; value: { id: string; name: string; count: number } };
}

const dbPromise = openDB<NotesDB>('notes-app', 3, {
  upgrade(db) {
    if (!db.objectStoreNames.contains('notes')) db.createObjectStore('notes', { keyPath: 'id' });
    if (!db.objectStoreNames.contains('folders')) db.createObjectStore('folders', { keyPath: 'id' });
  },
});

export async function moveNote(noteId: string, targetFolderId: string): Promise<void> {
  const db = await dbPromise;
  const tx = db.transaction(['notes', 'folders'], 'readwrite');
  const notes = tx.objectStore('notes');
  const folders = tx.objectStore('folders');

  const note = await notes.get(noteId);
  const target = await folders.get(targetFolderId);
  if (!note || !target) {
    tx.abort();
    throw new Error('Note or folder no longer exists');
  }
  const source = await folders.get(note.folderId);

  await notes.put({ ...note, folderId: target.id, movedAt: Date.now() });
  if (source) await folders.put({ ...source, count: Math.max(0, source.count - 1) });
  await folders.put({ ...target, count: target.count + 1 });
  await tx.done;
}
