// case: placing an order locks the cart and reads the tax rate on one pg connection, reserves inventory, then inserts the order
// category: transactions
// why: pool.connect() yields the client everything else uses, and BEGIN is awaited for its effect. The
//      cart, tax-rate and cart-lines SELECTs do not use each other's rows, but they all go through the
//      same client inside one transaction, so they stay in order. inventory.reserve needs the lines,
//      the INSERT needs the reservation id, and COMMIT/ROLLBACK are ordered effects: a negative case.
import { pool } from '../db/pool';
import { inventory } from '../inventory/client';

export async function placeOrder(cartId: string, region: string) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows: [cart] } = await client.query(
      'SELECT id, customer_id, currency, status FROM carts WHERE id = $1 FOR UPDATE',
      [cartId],
    );
    const { rows: [tax] } = await client.query('SELECT rate FROM tax_rates WHERE region = $1', [region]);
    const { rows: lines } = await client.query('SELECT sku, quantity, unit_price FROM cart_lines WHERE cart_id = $1', [
      cartId,
    ]);
    if (cart.status !== 'open') throw new Error(`cart ${cartId} is ${cart.status}`);

    const reservation = await inventory.reserve(
      { lines: lines.map((l) => ({ sku: l.sku, quantity: l.quantity })), ttlSeconds: 900 },
      { idempotencyKey: `reserve-${cartId}` },
    );

    const subtotal = lines.reduce((sum, l) => sum + l.unit_price * l.quantity, 0);
    const { rows: [order] } = await client.query(
      'INSERT INTO orders (cart_id, customer_id, reservation_id, currency, total) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [cartId, cart.customer_id, reservation.id, cart.currency, Math.round(subtotal * (1 + Number(tax.rate)))],
    );
    await client.query('COMMIT');
    return order.id;
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  } finally {
    client.release();
  }
}
