import IORedis, { type Redis } from 'ioredis';

export const connection = { url: process.env.REDIS_URL ?? 'redis://localhost:6379' };

let client: Redis | undefined;

export function getRedis(): Redis {
  client ??= new IORedis(connection.url, { maxRetriesPerRequest: null });
  return client;
}
