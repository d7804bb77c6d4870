// case: a checkout closes the cart with a Knex update, re-reads it and creates the order
// category: orm-sql
// why: the update's returned rows decide whether we go on, the re-read is of the row just updated,
//      and the order insert uses it; every await needs the one before
import knexFactory from 'knex';

const knex = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });

export async function checkout(cartId: string, userId: string) {
  const closed = await knex('carts')
    .where({ id: cartId, user_id: userId, status: 'open' })
    .update({ status: 'checked_out', checked_out_at: knex.fn.now() }, ['id']);
  if (closed.length === 0) {
    throw new Error('cart is not open');
  }

  const cart = await knex('carts').where({ id: cartId }).first();
  const [order] = await knex('orders')
    .insert({ cart_id: cartId, user_id: userId, total_cents: cart.total_cents })
    .returning(['id', 'total_cents']);

  return order;
}
