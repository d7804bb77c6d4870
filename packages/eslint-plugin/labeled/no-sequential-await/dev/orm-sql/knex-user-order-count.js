// case: a Knex-backed service reads a user row with .first() and counts their orders
// category: orm-sql
// why: .first() and count().first() are plain SELECTs on two tables by the same user id, and the
//      count does not use the user row; both go through the knex pool
const knex = require('knex')({
  client: 'pg',
  connection: process.env.DATABASE_URL,
  pool: { min: 2, max: 10 },
});

async function getUserCard(userId) {
  const user = /*@A*/ await knex('users')
    .select('id', 'display_name', 'email', 'created_at')
    .where({ id: userId })
    .first();
  const { n: orderCount } = /*@A*/ await knex('orders')
    .where({ user_id: userId })
    .whereNot({ status: 'cancelled' })
    .count({ n: '*' })
    .first();

  if (!user) return null;
  return { ...user, orderCount: Number(orderCount) };
}

module.exports = { getUserCard };
