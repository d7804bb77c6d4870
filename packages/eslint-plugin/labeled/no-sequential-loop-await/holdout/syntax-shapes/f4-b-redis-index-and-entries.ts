// case: reading Redis session hashes in an index loop and feature flags per tenant over Object.entries, next to a for await over SCAN
// category: syntax-shapes
// why: the index loop reads sessionIds[i] with HGETALL and pushes the row (A); the Object.entries
//      loop awaits one MGET per tenant over its own key list and sets the result by tenant,
//      skipping empty lists with continue (B); the for await consumes a SCAN stream, a stateful
//      source, and is never reported
import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL!);

export async function sessionSnapshots(sessionIds: string[]) {
  const rows: Record<string, string>[] = [];
  /*@A*/ for (let i = 0; i < sessionIds.length; i++) {
    const hash = await redis.hgetall(`session:${sessionIds[i]}`);
    rows.push({ id: sessionIds[i], ...hash });
  }
  return rows;
}

export async function flagsByTenant(keysByTenant: Record<string, string[]>) {
  const result = new Map<string, (string | null)[]>();
  /*@B*/ for (const [tenant, keys] of Object.entries(keysByTenant)) {
    if (keys.length === 0) continue;
    result.set(tenant, await redis.mget(...keys.map((k) => `flags:${tenant}:${k}`)));
  }
  return result;
}

export async function countIdleSessions(idleAfterSeconds: number) {
  let idle = 0;
  for await (const keys of redis.scanStream({ match: 'session:*', count: 500 })) {
    const batch = keys as string[];
    if (batch.length === 0) continue;
    const results = await redis.pipeline(batch.map((k) => ['object', 'idletime', k])).exec();
    idle += (results ?? []).filter(([, seconds]) => Number(seconds) > idleAfterSeconds).length;
  }
  return idle;
}
