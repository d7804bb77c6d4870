// case: an admin stats endpoint runs three read queries straight on a pg Pool
// category: transactions
// why: pool.query checks out a separate connection per call and there is no transaction; the
//      three selects read different tables and use nothing of each other
import { Pool } from 'pg';

const pool = new Pool({ max: 10 });

export async function adminStats() {
  const { rows: [{ users }] } = /*@A*/ await pool.query<{ users: number }>('SELECT count(*)::int AS users FROM users');
  const { rows: [{ orders }] } = /*@A*/ await pool.query<{ orders: number }>(
    "SELECT count(*)::int AS orders FROM orders WHERE created_at > now() - interval '1 day'",
  );
  const { rows: topProducts } = /*@A*/ await pool.query<{ product_id: string; sold: number }>(
    'SELECT product_id, count(*)::int AS sold FROM order_items GROUP BY 1 ORDER BY 2 DESC LIMIT 5',
  );
  return { users, orders, topProducts };
}
