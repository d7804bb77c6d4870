// case: feature-flag overrides read from Redis per flag, a dead-letter drain that pops until empty, and a cache warmer
// category: cache-queue
// why: loadFlagOverrides loops over the flag names given to it; each iteration reads its own hash field
//      and sets a Map key, so the reads can run together. drainDeadLetters pops from one list (a queue:
//      each pop takes what the previous left) and breaks when it is empty. warmCache checks a key and
//      then writes it: a write per item.
import { Redis } from 'ioredis';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379');

export async function loadFlagOverrides(flagNames: string[], tenantId: string) {
  const overrides = new Map<string, boolean>();
  /*@A*/ for (const name of flagNames) {
    const raw = await redis.hget(`flags:${name}`, tenantId);
    if (raw !== null) overrides.set(name, raw === '1');
  }
  return overrides;
}

export async function drainDeadLetters(limit = 100) {
  const drained: unknown[] = [];
  for (let i = 0; i < limit; i++) {
    const raw = await redis.lpop('jobs:dead');
    if (!raw) break;
    drained.push(JSON.parse(raw));
  }
  return drained;
}

export async function warmCache(keys: string[], load: (key: string) => Promise<unknown>) {
  for (const key of keys) {
    if (await redis.exists(`cache:${key}`)) continue;
    const value = await load(key);
    await redis.set(`cache:${key}`, JSON.stringify(value), 'EX', 3600);
  }
}
