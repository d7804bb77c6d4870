// case: a month-close job reads org settings and FX rates through the pool, then closes invoices on one checked-out client
// category: transactions
// why: pool.query may use any free connection, so the two reads before the check form group A; everything
//      on the checked-out client runs on one connection inside BEGIN/COMMIT and stays in order
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

export async function closeMonth(orgId: string, month: string) {
  const {
    rows: [settings],
  } = /*@A*/ await pool.query('SELECT currency FROM org_settings WHERE org_id = $1', [orgId]);
  const { rows: rates } = /*@A*/ await pool.query('SELECT code, rate FROM fx_rates WHERE month = $1', [month]);
  if (!settings) throw new Error(`no settings for ${orgId}`);

  const rate = new Map(rates.map((r) => [r.code as string, Number(r.rate)]));
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows: open } = await client.query(
      'SELECT id, amount, currency FROM invoices WHERE org_id = $1 AND month = $2 AND closed = false FOR UPDATE',
      [orgId, month],
    );
    const { rows: [ledger] } = await client.query('SELECT balance FROM ledgers WHERE org_id = $1 FOR UPDATE', [orgId]);

    const total = open.reduce((sum, inv) => sum + Number(inv.amount) * (rate.get(inv.currency) ?? 1), 0);
    await client.query('UPDATE ledgers SET balance = $1 WHERE org_id = $2', [Number(ledger.balance) + total, orgId]);
    await client.query('UPDATE invoices SET closed = true WHERE org_id = $1 AND month = $2', [orgId, month]);
    await client.query('COMMIT');
    return { closed: open.length, total, currency: settings.currency };
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  } finally {
    client.release();
  }
}
