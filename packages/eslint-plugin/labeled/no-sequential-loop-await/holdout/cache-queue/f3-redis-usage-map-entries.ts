// case: a billing job reads each tenant's usage counter from Redis while iterating a Map of tenant id to key
// category: cache-queue
// why: each iteration issues one GET on its own key and only sets its own entry of a result Map; nothing in
//      the body feeds a later iteration, so the GETs can all be in flight at once
import { Redis } from 'ioredis';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379');

export function counterKeys(tenantIds: string[], period: string) {
  return new Map(tenantIds.map((id) => [id, `usage:${id}:${period}`] as const));
}

export async function usageByTenant(tenantIds: string[], period: string) {
  const keys = counterKeys(tenantIds, period);
  const usage = new Map<string, number>();
  /*@A*/ for (const [tenantId, key] of keys) {
    const raw = await redis.get(key);
    usage.set(tenantId, raw === null ? 0 : Number.parseInt(raw, 10));
  }
  return usage;
}
