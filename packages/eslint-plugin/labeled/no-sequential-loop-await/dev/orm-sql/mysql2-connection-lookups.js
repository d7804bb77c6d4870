// case: a legacy cron script opens one mysql2 connection and looks up each partner's quota
// category: orm-sql
// why: not reported: the lookups are reads, but they all run on one createConnection() result,
//      and a single MySQL connection executes its queries one at a time
const mysql = require('mysql2/promise');

async function partnerQuotas(partnerIds) {
  const conn = await mysql.createConnection({
    host: process.env.MYSQL_HOST,
    user: process.env.MYSQL_USER,
    password: process.env.MYSQL_PASSWORD,
    database: 'partners',
  });
  const quotas = [];
  for (const id of partnerIds) {
    const [rows] = await conn.execute('SELECT daily_quota, used_today FROM quotas WHERE partner_id = ?', [id]);
    quotas.push({ id, remaining: rows.length ? rows[0].daily_quota - rows[0].used_today : 0 });
  }
  await conn.end();
  return quotas;
}

module.exports = { partnerQuotas };
