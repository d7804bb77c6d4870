// case: an i18n build step reads every locale JSON file in a folder
// category: fs-cli
// why: readFile is a read per file; non-JSON entries are skipped with continue and each parsed
//      file is stored under its locale, so all files can be read together
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export async function loadLocales(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const messages = {};
  /*@A*/ for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
    const locale = path.basename(entry.name, '.json');
    const raw = await readFile(path.join(dir, entry.name), 'utf8');
    messages[locale] = JSON.parse(raw);
  }
  return messages;
}
