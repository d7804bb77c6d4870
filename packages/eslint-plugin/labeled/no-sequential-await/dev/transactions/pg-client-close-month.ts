// case: month closing checks out a pg client, begins a transaction and runs its queries on that client
// category: transactions
// why: all queries go through the one client from pool.connect() between BEGIN and COMMIT, so the
//      two selects stay in order like the rest
import { Pool } from 'pg';

const pool = new Pool();

export async function closeMonth(month: string): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows: open } = await client.query('SELECT id, total FROM invoices WHERE month = $1 AND status = $2', [month, 'open']);
    const { rows: [fx] } = await client.query('SELECT rate FROM fx_rates WHERE month = $1', [month]);
    await client.query('UPDATE invoices SET status = $1, fx_rate = $2 WHERE month = $3 AND status = $4', ['closed', fx.rate, month, 'open']);
    await client.query('COMMIT');
    return open.length;
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  } finally {
    client.release();
  }
}
