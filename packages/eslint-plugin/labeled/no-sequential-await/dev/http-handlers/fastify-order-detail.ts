// case: a Fastify route reads an order, its lines and shipments through @fastify/postgres
// category: http-handlers
// why: app.pg.query takes a fresh pooled connection for every call, and the three SELECTs only use
//      the order id from the params, so they are independent reads on separate connections
import Fastify from 'fastify';
import fastifyPostgres from '@fastify/postgres';

const app = Fastify({ logger: true });
app.register(fastifyPostgres, { connectionString: process.env.DATABASE_URL });

interface OrderParams {
  orderId: string;
}

app.get<{ Params: OrderParams }>('/orders/:orderId', async (request, reply) => {
  const { orderId } = request.params;

  const { rows: [order] } = /*@A*/ await app.pg.query('SELECT * FROM orders WHERE id = $1', [orderId]);
  const { rows: lines } = /*@A*/ await app.pg.query(
    'SELECT sku, quantity, unit_price FROM order_lines WHERE order_id = $1 ORDER BY position',
    [orderId],
  );
  const { rows: shipments } = /*@A*/ await app.pg.query(
    'SELECT carrier, tracking_number, shipped_at FROM shipments WHERE order_id = $1',
    [orderId],
  );

  if (!order) {
    return reply.code(404).send({ error: 'order not found' });
  }
  return { ...order, lines, shipments };
});

await app.listen({ port: Number(process.env.PORT ?? 3000) });
