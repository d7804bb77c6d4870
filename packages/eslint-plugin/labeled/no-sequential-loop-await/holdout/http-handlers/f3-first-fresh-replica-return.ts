// case: a Hono handler asks read replicas in preference order and returns the first row that is recent enough
// category: http-handlers
// why: the loop decides when to stop: the `return` inside the nested `if` ends it at the first replica
//      that has caught up, and later replicas are only queried when the earlier ones lag
import { Hono } from 'hono';
import { Pool } from 'pg';

const replicas = (process.env.REPLICA_URLS ?? '')
  .split(',')
  .filter(Boolean)
  .map((connectionString) => new Pool({ connectionString, max: 4 }));

const app = new Hono();

app.get('/orders/:id', async (c) => {
  const id = c.req.param('id');
  const minVersion = Number(c.req.header('x-min-version') ?? 0);

  for (const replica of replicas) {
    const { rows } = await replica.query('select * from orders where id = $1', [id]);
    if (rows.length > 0) {
      if (rows[0].version >= minVersion) {
        c.header('x-served-by', String(replicas.indexOf(replica)));
        return c.json(rows[0]);
      }
    }
  }
  return c.json({ error: 'not replicated yet' }, 503);
});

export default app;
