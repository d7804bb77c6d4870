// case: an admin CSV import inserts each parsed contact row and collects the generated ids
// category: orm-sql
// why: every iteration awaits an INSERT ... RETURNING; its id is used, but the call is a write,
//      so the loop is a sequence of inserts, not independent reads
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { drizzle } from 'drizzle-orm/node-postgres';
import { contacts } from './schema';

const db = drizzle(process.env.DATABASE_URL!);

type Row = { email: string; name: string; company?: string };

export async function importContacts(file: string, ownerId: string) {
  const records: Row[] = parse(await readFile(file), { columns: true, trim: true, skip_empty_lines: true });
  const created: number[] = [];
  const skipped: string[] = [];
  for (const rec of records) {
    if (!rec.email.includes('@')) {
      skipped.push(rec.email);
      continue;
    }
    const [row] = await db
      .insert(contacts)
      .values({ ownerId, email: rec.email.toLowerCase(), name: rec.name, company: rec.company ?? null })
      .onConflictDoNothing({ target: [contacts.ownerId, contacts.email] })
      .returning({ id: contacts.id });
    if (row) created.push(row.id);
    else skipped.push(rec.email);
  }
  return { created: created.length, skipped };
}
