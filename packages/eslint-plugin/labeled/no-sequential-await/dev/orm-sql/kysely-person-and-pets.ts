// case: a Kysely repository reads a person with executeTakeFirst and their pets with execute
// category: orm-sql
// why: both are selectFrom queries keyed by the same id; executeTakeFirst is only a read that
//      returns the first row, and the pet query does not use the person row
import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';
import type { DB } from './db-types';

const db = new Kysely<DB>({
  dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }),
});

export async function findPersonWithPets(id: number) {
  const person = /*@A*/ await db
    .selectFrom('person')
    .select(['id', 'first_name', 'last_name', 'created_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  const pets = /*@A*/ await db
    .selectFrom('pet')
    .select(['id', 'name', 'species'])
    .where('owner_id', '=', id)
    .orderBy('name')
    .execute();

  return person ? { ...person, pets } : undefined;
}
