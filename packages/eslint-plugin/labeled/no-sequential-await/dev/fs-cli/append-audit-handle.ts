// case: an audit logger appends a line through a file handle and then stats the same handle
// category: fs-cli
// why: the handle comes from open(); write and stat go through that one handle and the stat reads
//      the size the write just changed, so they stay in order; close is a discarded effect
import { open } from 'node:fs/promises';

export async function appendAudit(file: string, entry: Record<string, unknown>) {
  const handle = await open(file, 'a');
  try {
    const { bytesWritten } = await handle.write(`${JSON.stringify({ ...entry, at: Date.now() })}\n`);
    const { size } = await handle.stat();
    return { bytesWritten, size, rotate: size > 10 * 1024 * 1024 };
  } finally {
    await handle.close();
  }
}
