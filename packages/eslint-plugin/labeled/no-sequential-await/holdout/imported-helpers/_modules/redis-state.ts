import { createClient } from 'redis';

export const redis = createClient({ url: process.env.REDIS_URL });
redis.on('error', (err) => console.error('redis', err));

export async function getFlagOverrides(userId: string): Promise<Record<string, boolean>> {
  const raw = await redis.get(`flags:user:${userId}`);
  return raw ? (JSON.parse(raw) as Record<string, boolean>) : {};
}

export async function getQuotaState(userId: string) {
  const fields = await redis.hGetAll(`quota:${userId}`);
  return { used: Number(fields.used ?? 0), limit: Number(fields.limit ?? 1000), resetsAt: fields.resetsAt ?? null };
}
