// case: a browser "import project" button using the File System Access API and OPFS
// category: fs-cli
// why: the storage estimate and persisted() are independent reads (A); persist() is a conditional
//      permission prompt and showOpenFilePicker a user prompt, both ordered; reading the picked file
//      and opening the OPFS root are independent (B); the file handle, writable, write and close
//      each use the previous result or are discarded writes
export async function importProject(): Promise<{ name: string; bytes: number } | null> {
  const estimate = /*@A*/ await navigator.storage.estimate();
  const persisted = /*@A*/ await navigator.storage.persisted();
  if (!persisted) await navigator.storage.persist();

  let handle: FileSystemFileHandle;
  try {
    [handle] = await window.showOpenFilePicker({
      types: [{ description: 'Project archive', accept: { 'application/zip': ['.zip'] } }],
      excludeAcceptAllOption: true,
    });
  } catch {
    return null; // the user closed the picker
  }

  const file = /*@B*/ await handle.getFile();
  const root = /*@B*/ await navigator.storage.getDirectory();

  const free = (estimate.quota ?? 0) - (estimate.usage ?? 0);
  if (file.size > free) throw new Error(`Not enough storage: need ${file.size} bytes, have ${free}`);

  const dest = await root.getFileHandle(file.name, { create: true });
  const writable = await dest.createWritable();
  await writable.write(file);
  await writable.close();

  return { name: file.name, bytes: file.size };
}
