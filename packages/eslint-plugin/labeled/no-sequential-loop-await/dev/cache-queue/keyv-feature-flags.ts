// case: a request context reads the cached value of each feature flag it needs from Keyv
// category: cache-queue
// why: keyv.get is a read of one key per flag; missing flags fall back to a default and each value
//      is set in a Map by flag name, so the lookups can start together
import Keyv from 'keyv';
import KeyvRedis from '@keyv/redis';

const flags = new Keyv<boolean>({ store: new KeyvRedis(process.env.REDIS_URL!), namespace: 'flags' });

export async function resolveFlags(names: readonly string[], defaults: Record<string, boolean>) {
  const resolved = new Map<string, boolean>();
  /*@A*/ for (const name of names) {
    const value = await flags.get(name);
    resolved.set(name, value ?? defaults[name] ?? false);
  }
  return resolved;
}
