// case: a backfill sets missing invoice currencies inside a transaction on one pooled pg client, reading counts and mappings first
// category: transactions
// why: every query goes through the one client from pool.connect() between BEGIN and COMMIT: a single
//      connection runs its queries in order, so the three SELECTs cannot be gathered even though they
//      read different tables. BEGIN, SET LOCAL, COMMIT and ROLLBACK are discarded ordered steps.
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });

export async function backfillInvoiceCurrency() {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query("SET LOCAL lock_timeout = '5s'");

    const {
      rows: [{ missing }],
    } = await client.query<{ missing: number }>('SELECT count(*)::int AS missing FROM invoices WHERE currency IS NULL');
    const { rows: countries } = await client.query<{ country: string }>(
      'SELECT DISTINCT a.country FROM accounts a JOIN invoices i ON i.account_id = a.id WHERE i.currency IS NULL',
    );
    const { rows: mapping } = await client.query<{ country: string; currency: string }>(
      'SELECT country, currency FROM country_currency',
    );

    const known = new Set(mapping.map((m) => m.country));
    const unmapped = countries.filter((c) => !known.has(c.country));
    if (unmapped.length > 0) throw new Error(`no currency for ${unmapped.map((c) => c.country).join(', ')}`);

    const { rowCount } = await client.query(
      `UPDATE invoices i SET currency = cc.currency
         FROM accounts a JOIN country_currency cc ON cc.country = a.country
        WHERE i.account_id = a.id AND i.currency IS NULL`,
    );
    if (rowCount !== missing) throw new Error(`expected ${missing} rows, updated ${rowCount}`);

    await client.query('COMMIT');
    return rowCount;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
