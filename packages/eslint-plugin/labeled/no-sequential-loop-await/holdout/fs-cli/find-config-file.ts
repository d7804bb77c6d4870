// case: a CLI locates its config by trying the supported file names in order of preference
// category: fs-cli
// why: access only checks a file, but the loop returns the first name that exists; the order of the
//      names is the preference, so the loop decides when to stop
import { access, readFile } from 'node:fs/promises';
import { constants } from 'node:fs';
import { join } from 'node:path';

const NAMES = ['acme.config.ts', 'acme.config.mjs', 'acme.config.js', '.acmerc.json'];

export async function findConfig(cwd: string = process.cwd()): Promise<string | null> {
  for (const name of NAMES) {
    const file = join(cwd, name);
    try {
      await access(file, constants.R_OK);
      return file;
    } catch {
      // try the next name
    }
  }
  const pkg = JSON.parse(await readFile(join(cwd, 'package.json'), 'utf8'));
  return pkg.acme ? join(cwd, 'package.json') : null;
}
