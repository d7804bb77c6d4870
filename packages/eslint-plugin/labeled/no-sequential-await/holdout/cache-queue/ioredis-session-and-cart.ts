// case: a Fastify hook reads the session hash and the cart JSON from Redis, then refreshes the session TTL
// category: cache-queue
// why: HGETALL and GET read two keys named from two cookies, so they are independent reads (group A); the
//      EXPIRE is awaited for its effect and comes after
import type { FastifyInstance } from 'fastify';
import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL!);

export async function sessionPlugin(app: FastifyInstance) {
  app.addHook('preHandler', async (request) => {
    const sid = request.cookies.sid;
    const cartId = request.cookies.cart;
    if (!sid) return;

    const session = /*@A*/ await redis.hgetall(`sess:${sid}`);
    const cartJson = /*@A*/ await redis.get(`cart:${cartId ?? sid}`);

    await redis.expire(`sess:${sid}`, 60 * 30);

    request.session = Object.keys(session).length ? session : null;
    request.cart = cartJson ? JSON.parse(cartJson) : { items: [] };
  });
}
