// case: a CLI asks the operator to confirm each pending migration before running it
// category: fs-cli
// why: each iteration waits on a terminal prompt (a stateful source, one question at a time) and then
//      runs the migration, a write; the loop must stay in order
import { confirm } from '@inquirer/prompts';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from './db';

export async function migrate(dir: string, applied: Set<string>) {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql') && !applied.has(f)).sort();

  for (const file of files) {
    const ok = await confirm({ message: `Apply ${file}?`, default: true });
    if (!ok) {
      console.log(`skipped ${file}`);
      continue;
    }
    const text = await readFile(join(dir, file), 'utf8');
    await sql.unsafe(text);
    await sql`insert into schema_migrations (name) values (${file})`;
  }
}
