// case: a Fastify route reports a session's state from four Redis keys, then slides the session TTL
// category: cache-queue
// why: get, ttl, smembers and hgetall only read and use nothing of each other; the expire is a write
//      awaited for its effect after them (and after the 404 check), so it is no member
import type { FastifyPluginAsync } from 'fastify';
import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL!);

export const sessionRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Params: { sid: string } }>('/sessions/:sid', async (request, reply) => {
    const { sid } = request.params;
    const raw = /*@A*/ await redis.get(`sess:${sid}`);
    const ttl = /*@A*/ await redis.ttl(`sess:${sid}`);
    const devices = /*@A*/ await redis.smembers(`sess:${sid}:devices`);
    const flags = /*@A*/ await redis.hgetall(`sess:${sid}:flags`);

    if (!raw) return reply.code(404).send({ error: 'session expired' });
    await redis.expire(`sess:${sid}`, 60 * 60 * 24);

    return { session: JSON.parse(raw), ttl, devices, flags };
  });
};
