import { Pool, type PoolClient } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

export async function openCheckout(cartId: string): Promise<PoolClient> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    await client.query('SELECT id FROM carts WHERE id = $1 FOR UPDATE', [cartId]);
    return client;
  } catch (error) {
    client.release();
    throw error;
  }
}

export async function loadCartTotals(db: PoolClient, cartId: string) {
  const { rows } = await db.query<{ subtotal: string; weight_grams: string }>(
    `SELECT sum(ci.qty * p.price_cents) AS subtotal, sum(ci.qty * p.weight_grams) AS weight_grams
       FROM cart_items ci JOIN products p ON p.id = ci.product_id
      WHERE ci.cart_id = $1`,
    [cartId],
  );
  return { subtotal: Number(rows[0]?.subtotal ?? 0), weightGrams: Number(rows[0]?.weight_grams ?? 0) };
}

export async function quoteShipping(db: PoolClient, cartId: string, postcode: string) {
  const { rows } = await db.query<{ carrier: string; cents: number }>(
    `SELECT r.carrier, r.cents FROM shipping_rates r
      WHERE r.zone = (SELECT zone FROM postcode_zones WHERE postcode = $2)
        AND r.max_grams >= (SELECT sum(ci.qty * p.weight_grams) FROM cart_items ci JOIN products p ON p.id = ci.product_id WHERE ci.cart_id = $1)
      ORDER BY r.cents LIMIT 1`,
    [cartId, postcode],
  );
  return rows[0] ?? null;
}

export async function finishCheckout(db: PoolClient, commit: boolean) {
  try {
    await db.query(commit ? 'COMMIT' : 'ROLLBACK');
  } finally {
    db.release();
  }
}
