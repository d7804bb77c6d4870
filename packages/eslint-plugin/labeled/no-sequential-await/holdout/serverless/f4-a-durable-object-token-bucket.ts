// case: a Durable Object token bucket rate-limits a proxying Worker; the object reads its bucket, writes it back and arms a cleanup alarm
// category: serverless
// why: every await depends on the one before or is ordered: the refill computation uses the stored
//      bucket, the put is a discarded write that no group may cross, the alarm lookup comes after it
//      and decides whether setAlarm runs; in alarm() the delete/setAlarm are in branches on the read;
//      in the Worker the take() is the rate-limit guard and the upstream fetch must wait for it
import { DurableObject } from 'cloudflare:workers';

interface Env {
  TOKEN_BUCKET: DurableObjectNamespace<TokenBucket>;
  ORIGIN: string;
}

type Bucket = { tokens: number; updatedAt: number };

const CAPACITY = 20;
const REFILL_PER_SEC = 2;
const IDLE_MS = 10 * 60 * 1000;

export class TokenBucket extends DurableObject<Env> {
  async take(cost: number): Promise<{ ok: boolean; retryAfterMs: number }> {
    const now = Date.now();
    const bucket = (await this.ctx.storage.get<Bucket>('bucket')) ?? { tokens: CAPACITY, updatedAt: now };
    const refilled = Math.min(CAPACITY, bucket.tokens + ((now - bucket.updatedAt) / 1000) * REFILL_PER_SEC);
    const ok = refilled >= cost;

    await this.ctx.storage.put<Bucket>('bucket', { tokens: ok ? refilled - cost : refilled, updatedAt: now });

    const alarm = await this.ctx.storage.getAlarm();
    if (alarm === null) {
      await this.ctx.storage.setAlarm(now + IDLE_MS);
    }

    return { ok, retryAfterMs: ok ? 0 : Math.ceil(((cost - refilled) / REFILL_PER_SEC) * 1000) };
  }

  async alarm(): Promise<void> {
    const bucket = await this.ctx.storage.get<Bucket>('bucket');
    if (!bucket || Date.now() - bucket.updatedAt > IDLE_MS) {
      await this.ctx.storage.deleteAll();
    } else {
      await this.ctx.storage.setAlarm(Date.now() + IDLE_MS);
    }
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const ip = request.headers.get('cf-connecting-ip') ?? 'anonymous';
    const stub = env.TOKEN_BUCKET.get(env.TOKEN_BUCKET.idFromName(ip));

    const { ok, retryAfterMs } = await stub.take(1);
    if (!ok) {
      return new Response('Too many requests', {
        status: 429,
        headers: { 'retry-after': String(Math.ceil(retryAfterMs / 1000)) },
      });
    }

    const url = new URL(request.url);
    const upstream = await fetch(new Request(`${env.ORIGIN}${url.pathname}${url.search}`, request));
    return new Response(upstream.body, upstream);
  },
} satisfies ExportedHandler<Env>;
