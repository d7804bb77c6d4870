// case: enriching an order list with customers via an index loop that takes `const order = orders[i]` first
// category: orm-sql
// why: each iteration runs a Kysely selectFrom ... executeTakeFirst for its own order's customer and pushes
//      the merged row; the reads use nothing from other iterations
import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';

interface DB {
  customers: { id: string; name: string; email: string; tier: 'free' | 'pro' };
}

const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }) });

type Order = { id: string; customerId: string; totalCents: number };

export async function withCustomers(orders: Order[]) {
  const enriched = [];
  /*@A*/ for (let i = 0; i < orders.length; i++) {
    const order = orders[i]!;
    const customer = await db
      .selectFrom('customers')
      .where('id', '=', order.customerId)
      .select(['name', 'email', 'tier'])
      .executeTakeFirst();
    enriched.push({ ...order, customer: customer ?? null });
  }
  return enriched;
}
