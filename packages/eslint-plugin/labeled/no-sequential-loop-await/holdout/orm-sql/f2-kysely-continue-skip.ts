// case: an accounts-receivable job loads the latest invoice of each live customer
// category: orm-sql
// why: the customers array exists before the loop; `continue` skips test accounts without any
//      await; every remaining iteration runs one selectFrom ... executeTakeFirst (a read) for its
//      own customer through a pool and pushes a row
import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';
import type { DB } from './types';

const db = new Kysely<DB>({
  dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL, max: 10 }) }),
});

export async function latestInvoices(customers: { id: string; email: string; livemode: boolean }[]) {
  const rows: { email: string; number: string | null; total: number }[] = [];
  /*@A*/ for (const customer of customers) {
    if (!customer.livemode || customer.email.endsWith('@example.com')) continue;
    const invoice = await db
      .selectFrom('invoices')
      .select(['number', 'total_cents'])
      .where('customer_id', '=', customer.id)
      .orderBy('issued_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    rows.push({ email: customer.email, number: invoice?.number ?? null, total: (invoice?.total_cents ?? 0) / 100 });
  }
  return rows;
}
