// case: a pricing service looks up the current price of each SKU in a cart with node-postgres
// category: orm-sql
// why: pool.query takes any free connection for each call (no checked-out client, no transaction);
//      each iteration is a SELECT for its own SKU pushed into the result, so they are independent
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

type CartLine = { sku: string; quantity: number };

export async function priceCart(lines: CartLine[], currency: 'EUR' | 'USD') {
  const priced: Array<CartLine & { unitCents: number }> = [];
  /*@A*/ for (const line of lines) {
    const { rows } = await pool.query<{ amount_cents: number }>(
      `SELECT amount_cents FROM prices
        WHERE sku = $1 AND currency = $2 AND valid_from <= now()
        ORDER BY valid_from DESC LIMIT 1`,
      [line.sku, currency],
    );
    priced.push({ ...line, unitCents: rows[0]?.amount_cents ?? 0 });
  }
  return priced;
}
