// case: an admin dashboard loader counts users, lists the latest orders and finds low-stock products with Drizzle
// category: orm-sql
// why: three selects on three tables with constant filters; none uses another's rows, so all three form
//      one group on the pooled postgres-js client
import { count, desc, lte } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';

const client = postgres(process.env.DATABASE_URL!, { max: 10 });
export const db = drizzle(client, { schema });

export async function loadDashboard() {
  const [{ total }] = /*@A*/ await db.select({ total: count() }).from(schema.users);
  const latestOrders = /*@A*/ await db
    .select({ id: schema.orders.id, amount: schema.orders.amountCents, at: schema.orders.createdAt })
    .from(schema.orders)
    .orderBy(desc(schema.orders.createdAt))
    .limit(10);
  const lowStock = /*@A*/ await db.query.products.findMany({
    where: lte(schema.products.stock, 5),
    columns: { id: true, name: true, stock: true },
  });

  return { totalUsers: total, latestOrders, lowStock };
}
