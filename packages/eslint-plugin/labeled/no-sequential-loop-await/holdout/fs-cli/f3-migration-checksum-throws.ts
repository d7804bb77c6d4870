// case: a migrate CLI re-reads every applied migration file and stops at the first whose checksum changed
// category: fs-cli
// why: the body throws when a check fails; the loop is a validation that stops at the earliest edited
//      migration in applied order, which a concurrent rewrite would not preserve
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface AppliedMigration {
  name: string;
  checksum: string;
  appliedAt: Date;
}

export class MigrationDriftError extends Error {}

export async function verifyApplied(dir: string, applied: AppliedMigration[]): Promise<number> {
  let checked = 0;
  for (const migration of applied) {
    const sql = await readFile(join(dir, migration.name), 'utf8');
    const sum = createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
    if (sum !== migration.checksum) {
      throw new MigrationDriftError(
        `${migration.name} changed after it was applied on ${migration.appliedAt.toISOString()}`,
      );
    }
    checked++;
  }
  return checked;
}
