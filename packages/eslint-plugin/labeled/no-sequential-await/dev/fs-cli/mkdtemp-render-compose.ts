// case: a validator creates a temp dir and reads a compose template before rendering into it
// category: fs-cli
// why: mkdtemp creates a new directory and may go first, since the template read touches another
//      file; the writeFile, docker check and rm need their results or are ordered effects
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import Handlebars from 'handlebars';

export async function renderAndValidate(templatePath: string, data: Record<string, unknown>): Promise<string> {
  const dir = /*@A*/ await mkdtemp(join(tmpdir(), 'compose-'));
  const source = /*@A*/ await readFile(templatePath, 'utf8');
  const out = join(dir, 'docker-compose.yml');

  try {
    await writeFile(out, Handlebars.compile(source)(data));
    const { stdout } = await execa('docker', ['compose', '-f', out, 'config']);
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
