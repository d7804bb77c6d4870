// case: a Fastify report route checks out one pg client and runs two queries on it
// category: http-handlers
// why: both queries go through the single client from app.pg.connect(), one connection runs one
//      query at a time, so they stay in order; release() is not awaited
import Fastify from 'fastify';
import fastifyPostgres from '@fastify/postgres';

const app = Fastify();
app.register(fastifyPostgres, { connectionString: process.env.DATABASE_URL });

app.get<{ Querystring: { month: string } }>('/reports/revenue', async (request) => {
  const { month } = request.query;
  const client = await app.pg.connect();
  try {
    const { rows: totals } = await client.query(
      `SELECT currency, sum(amount_cents) AS total FROM payments
        WHERE date_trunc('month', paid_at) = $1::date GROUP BY currency`,
      [month],
    );
    const { rows: refunds } = await client.query(
      `SELECT currency, sum(amount_cents) AS total FROM refunds
        WHERE date_trunc('month', refunded_at) = $1::date GROUP BY currency`,
      [month],
    );
    return { month, totals, refunds };
  } finally {
    client.release();
  }
});

export default app;
