// case: a deploy check script runs the knex migrations, then counts rows of two tables
// category: orm-sql
// why: migrate.latest() creates and alters the tables the counts read, so it must finish first; the
//      two counts read different tables and use nothing of each other
import knex from 'knex';
import config from '../knexfile';

const db = knex(config.production);

async function main() {
  const [batchNo, applied] = await db.migrate.latest();
  console.log(`migration batch ${batchNo}: ${applied.length} applied`);

  const users = /*@A*/ await db('users').count<{ n: number }>({ n: '*' }).first();
  const orgs = /*@A*/ await db('organizations').whereNull('deleted_at').count<{ n: number }>({ n: '*' }).first();

  console.table({ users: users?.n ?? 0, organizations: orgs?.n ?? 0 });
  await db.destroy();
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
