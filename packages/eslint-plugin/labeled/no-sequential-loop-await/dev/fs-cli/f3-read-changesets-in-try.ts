// case: a release CLI reads every changeset markdown file inside a try that tolerates a missing folder
// category: fs-cli
// why: the file list is read before the loop; each iteration reads one file and pushes its parsed
//      summary; the try/catch around the loop does not make the reads depend on each other
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

type Changeset = { file: string; bumps: Record<string, string>; summary: string };

export async function collectChangesets(dir = '.changeset'): Promise<Changeset[]> {
  const changesets: Changeset[] = [];
  try {
    const files = (await readdir(dir)).filter((f) => f.endsWith('.md') && f !== 'README.md');
    /*@A*/ for (const file of files) {
      const text = await readFile(join(dir, file), 'utf8');
      const [, front = '', body = ''] = text.split(/^---$/m);
      const bumps = Object.fromEntries(
        front.trim().split('\n').filter(Boolean).map((l) => l.split(':').map((s) => s.trim().replace(/^"|"$/g, ''))),
      );
      changesets.push({ file, bumps, summary: body.trim() });
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  return changesets;
}
