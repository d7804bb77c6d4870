// case: an offline-first app exports unsynced drafts from IndexedDB (idb) and marks them as exported
// category: transactions
// why: the first loop walks a cursor (each step awaits continue() on the previous cursor); the second
//      loop reads and writes records through one readwrite transaction, whose requests stay in order
//      and which must not be interleaved: neither loop is a report
import { openDB } from 'idb';

const dbPromise = openDB('drafts-db', 2, {
  upgrade(db) {
    const store = db.createObjectStore('drafts', { keyPath: 'id' });
    store.createIndex('by-synced', 'synced');
  },
});

export async function collectUnsynced(): Promise<string[]> {
  const db = await dbPromise;
  const index = db.transaction('drafts').store.index('by-synced');
  const ids: string[] = [];
  for (let cursor = await index.openCursor(IDBKeyRange.only(0)); cursor; cursor = await cursor.continue()) {
    ids.push(cursor.value.id);
  }
  return ids;
}

export async function markExported(ids: string[]): Promise<number> {
  const db = await dbPromise;
  const tx = db.transaction('drafts', 'readwrite');
  let marked = 0;
  for (const id of ids) {
    const draft = await tx.store.get(id);
    if (!draft) continue;
    await tx.store.put({ ...draft, synced: 1, exportedAt: Date.now() });
    marked++;
  }
  await tx.done;
  return marked;
}
