// case: a Hono middleware on Cloudflare Workers reads the tenant from KV and its limits from D1
// category: serverless
// why: both reads are keyed by the request host and neither uses the other's result; the checks and
//      c.set calls come after both, and next() is awaited for its effect
import { createMiddleware } from 'hono/factory';

type TenantRecord = { id: string; name: string; plan: 'free' | 'pro' };
type Limits = { rpm: number; burst: number };
type Env = { TENANTS: KVNamespace; DB: D1Database };
type Vars = { tenant: TenantRecord; limits: Limits };

const DEFAULT_LIMITS: Limits = { rpm: 60, burst: 10 };

export const tenantContext = createMiddleware<{ Bindings: Env; Variables: Vars }>(async (c, next) => {
  const host = new URL(c.req.url).hostname;
  const tenant = /*@A*/ await c.env.TENANTS.get<TenantRecord>(`host:${host}`, 'json');
  const limits = /*@A*/ await c.env.DB.prepare('SELECT rpm, burst FROM plan_limits WHERE host = ?')
    .bind(host)
    .first<Limits>();

  if (!tenant) {
    return c.json({ error: `unknown tenant for ${host}` }, 404);
  }
  c.set('tenant', tenant);
  c.set('limits', limits ?? DEFAULT_LIMITS);
  await next();
  c.header('x-tenant', tenant.id);
});
